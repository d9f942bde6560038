import { listResource } from "@/lib/api/handlers";
import { preflight, publicOrigin, respond } from "@/lib/api/respond";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/parties — one page of published parties; filters and cursor in the query (see /api). */
export async function GET(request: Request) {
  return respond(request, await listResource(getDb(), "parties", request.url, publicOrigin(request)));
}

export const OPTIONS = preflight;
