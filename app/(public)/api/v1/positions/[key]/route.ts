import { getResource } from "@/lib/api/handlers";
import { preflight, respond } from "@/lib/api/respond";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/positions/{key} — one published row, 404 when unknown, draft or deleted. */
export async function GET(request: Request, context: { params: Promise<{ key: string }> }) {
  const { key } = await context.params;
  return respond(request, await getResource(getDb(), "positions", key));
}

export const OPTIONS = preflight;
