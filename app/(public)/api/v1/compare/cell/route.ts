import { problemBody, searchParamsObject, validationProblem } from "@/lib/api/problem";
import { preflight } from "@/lib/api/respond";
import { respondVersioned } from "@/lib/api/versioned-read";
import { loadCompareCell } from "@/lib/compare/cached";
import { getDb } from "@/lib/db";
import { compareCellQuerySchema } from "@/lib/validation/compare-cell";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/compare/cell?party&topic&a[&b][&process] — the statements behind one cell
 * of /compare (summary, quote, speaker, sources), fetched when a reader opens it.
 */
export async function GET(request: Request) {
  const query = compareCellQuerySchema.safeParse(searchParamsObject(request.url));
  if (!query.success) return validationProblem(query.error);
  const db = getDb();
  return respondVersioned(db, request, async (version) => {
    const cell = await loadCompareCell(db, query.data, version);
    if (!cell) {
      return {
        status: 404,
        body: problemBody(404, "Not found", {
          detail: "No published statement of this party on this topic (in this process).",
        }),
      };
    }
    return { status: 200, body: cell };
  });
}

export const OPTIONS = preflight;
