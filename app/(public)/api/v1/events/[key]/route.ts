import { getResource } from "@/lib/api/handlers";
import { preflight, respond } from "@/lib/api/respond";
import { apiDeleteEvent, apiUpdateEvent } from "@/lib/api/write";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/events/{key} — one published row, 404 when unknown, draft or deleted. */
export async function GET(request: Request, context: { params: Promise<{ key: string }> }) {
  const { key } = await context.params;
  return respond(request, await getResource(getDb(), "events", key));
}

/** PATCH /api/v1/events/{key} — whole event plus `version`; 409 with the current row when stale. */
export async function PATCH(request: Request, context: { params: Promise<{ key: string }> }) {
  const { key } = await context.params;
  const body = await request.text();
  return apiUpdateEvent(getDb(), key, { headers: request.headers, body });
}

/** DELETE /api/v1/events/{key} — soft delete; body `{ "version": n }`. */
export async function DELETE(request: Request, context: { params: Promise<{ key: string }> }) {
  const { key } = await context.params;
  const body = await request.text();
  return apiDeleteEvent(getDb(), key, { headers: request.headers, body });
}

export const OPTIONS = preflight;
