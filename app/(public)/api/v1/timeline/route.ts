import { NextResponse } from "next/server";
import { searchParamsObject, validationProblem } from "@/lib/api/problem";
import { getDb } from "@/lib/db";
import { getTimelineWindow } from "@/lib/queries/timeline";
import { timelineQuerySchema } from "@/lib/validation/timeline-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/timeline?from&to&parties&kinds&topics&status&q&lanes — what the
 * timeline draws for one window: items, or counts per lane and period when the
 * window holds more than a few hundred.
 */
export async function GET(request: Request) {
  const query = timelineQuerySchema.safeParse(searchParamsObject(request.url));
  if (!query.success) return validationProblem(query.error);
  const window = await getTimelineWindow(getDb(), query.data);
  return NextResponse.json(window, {
    headers: { "Cache-Control": "public, max-age=30", "Access-Control-Allow-Origin": "*" },
  });
}
