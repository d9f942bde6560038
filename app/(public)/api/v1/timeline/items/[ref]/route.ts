import { preflight } from "@/lib/api/respond";
import { timelineItem } from "@/lib/api/timeline";
import { respondVersioned } from "@/lib/api/versioned-read";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/timeline/items/<event-slug | p-<position-id>> — what the details panel shows. */
export async function GET(request: Request, { params }: { params: Promise<{ ref: string }> }) {
  const db = getDb();
  const { ref } = await params;
  return respondVersioned(db, request, () => timelineItem(db, ref));
}

export const OPTIONS = preflight;
