import { listResource } from "@/lib/api/handlers";
import { preflight, publicOrigin, respond } from "@/lib/api/respond";
import { apiCreateEvent } from "@/lib/api/write";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/events — one page of published events; filters and cursor in the query (see /api). */
export async function GET(request: Request) {
  return respond(request, await listResource(getDb(), "events", request.url, publicOrigin(request)));
}

/** POST /api/v1/events — create with a bearer token (never cookies); same schema and service as the form. */
export async function POST(request: Request) {
  const body = await request.text();
  return apiCreateEvent(getDb(), { headers: request.headers, body });
}

export const OPTIONS = preflight;
