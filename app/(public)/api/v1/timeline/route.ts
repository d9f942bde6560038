import { preflight } from "@/lib/api/respond";
import { timelineWindow } from "@/lib/api/timeline";
import { respondVersioned } from "@/lib/api/versioned-read";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/timeline?from&to&process&parties&kinds&topics&status&q&lanes — what the
 * timeline draws for one window: items, or counts per lane and period when the
 * window holds more than a few hundred. ETag from the data version: a 304
 * costs no query, and a window is computed once per version.
 */
export async function GET(request: Request) {
  const db = getDb();
  return respondVersioned(db, request, (version) => timelineWindow(db, request.url, version));
}

export const OPTIONS = preflight;
