import { listResource } from "@/lib/api/handlers";
import { preflight, publicOrigin, respond } from "@/lib/api/respond";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/processes — one page of published processes; filters and cursor in the query (see /api). */
export async function GET(request: Request) {
  return respond(request, await listResource(getDb(), "processes", request.url, publicOrigin(request)));
}

export const OPTIONS = preflight;
