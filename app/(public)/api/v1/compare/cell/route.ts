import { compareCell } from "@/lib/api/compare-cell";
import { preflight } from "@/lib/api/respond";
import { respondVersioned } from "@/lib/api/versioned-read";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/compare/cell?party&topic&a[&b][&process] — the statements behind one cell
 * of /compare (summary, quote, speaker, sources), fetched when a reader opens it.
 * Described in lib/api/catalog.ts (compareEndpoints.cell).
 */
export async function GET(request: Request) {
  const db = getDb();
  return respondVersioned(db, request, (version) => compareCell(db, request.url, version));
}

export const OPTIONS = preflight;
