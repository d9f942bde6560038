import { getDb } from "@/db";
import { searchParamsObject, validationProblem } from "@/lib/api/problem";
import { preflight } from "@/lib/api/respond";
import { respondVersioned } from "@/lib/api/versioned-read";
import { getCachedTimelineWindow } from "@/lib/timeline/cached";
import { timelineQuerySchema } from "@/lib/validation/timeline-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/timeline?from&to&parties&kinds&topics&status&q&lanes — what the
 * timeline draws for one window: items, or counts per lane and period when the
 * window holds more than a few hundred. ETag from the data version: a 304
 * costs no query, and a window is computed once per version.
 */
export async function GET(request: Request) {
  const query = timelineQuerySchema.safeParse(searchParamsObject(request.url));
  if (!query.success) return validationProblem(query.error);
  const db = getDb();
  return respondVersioned(db, request, async (version) => ({
    status: 200,
    body: await getCachedTimelineWindow(db, query.data, version),
  }));
}

export const OPTIONS = preflight;
