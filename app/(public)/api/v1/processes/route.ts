import { listResource } from "@/lib/api/handlers";
import { preflight, publicOrigin } from "@/lib/api/respond";
import { respondVersioned } from "@/lib/api/versioned-read";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/processes — one page of published processes; filters and cursor in the query (see /api). */
export async function GET(request: Request) {
  const db = getDb();
  return respondVersioned(db, request, () =>
    listResource(db, "processes", request.url, publicOrigin(request)),
  );
}

export const OPTIONS = preflight;
