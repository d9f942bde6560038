import { preflight, respond } from "@/lib/api/respond";
import { timelineWindow } from "@/lib/api/timeline";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/timeline?from&to&process&parties&kinds&topics&status&q&lanes — what the
 * timeline draws for one window: items, or counts per lane and period when the
 * window holds more than a few hundred. ETag and caching as every read endpoint.
 */
export async function GET(request: Request) {
  return respond(request, await timelineWindow(getDb(), request.url));
}

export const OPTIONS = preflight;
