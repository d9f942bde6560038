import { getResource } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { respondVersioned } from "@/lib/api/versioned-read";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/parties/{key} — one published row, 404 when unknown, draft or deleted. */
export async function GET(request: Request, context: { params: Promise<{ key: string }> }) {
  const { key } = await context.params;
  const db = getDb();
  return respondVersioned(db, request, () => getResource(db, "parties", key));
}

export const OPTIONS = preflight;
