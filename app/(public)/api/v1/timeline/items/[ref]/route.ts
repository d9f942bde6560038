import { preflight, respond } from "@/lib/api/respond";
import { timelineItem } from "@/lib/api/timeline";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/timeline/items/<event-slug | p-<position-id>> — what the details panel shows. */
export async function GET(request: Request, { params }: { params: Promise<{ ref: string }> }) {
  return respond(request, await timelineItem(getDb(), (await params).ref));
}

export const OPTIONS = preflight;
