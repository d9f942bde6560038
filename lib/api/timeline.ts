import "server-only";
import { z } from "zod";
import type { Database } from "@/db/client";
import { getEventBySlug } from "@/lib/queries/events";
import { getPosition, listPositionsAtEvent } from "@/lib/queries/positions";
import { getTimelineWindow } from "@/lib/queries/timeline";
import { parseItemRef } from "@/lib/timeline/item-ref";
import { timelineQuerySchema } from "@/lib/validation/timeline-query";
import type { ApiResult } from "./endpoint";
import { versioned } from "./handlers";
import { problemBody, searchParamsObject, validationProblemBody } from "./problem";
import { timelineItemResponseSchema, timelineWindowResponseSchema } from "./timeline-schema";

/** GET /api/v1/timeline?… as data or a problem: one window of the timeline. */
export function timelineWindow(db: Database, requestUrl: string): Promise<ApiResult> {
  return versioned(db, loadWindow(db, requestUrl));
}

async function loadWindow(db: Database, requestUrl: string): Promise<ApiResult> {
  const query = timelineQuerySchema.safeParse(searchParamsObject(requestUrl));
  if (!query.success) return { status: 422, body: validationProblemBody(query.error) };
  const window = await getTimelineWindow(db, query.data);
  return { status: 200, body: timelineWindowResponseSchema.parse(window) };
}

const notFound = (detail: string): ApiResult => ({
  status: 404,
  body: problemBody(404, "Not found", { detail }),
});

/**
 * GET /api/v1/timeline/items/{ref} as data or a problem. A ref that cannot
 * name an item is a 404 like an unknown one: it comes from a shared URL, not a form.
 */
export function timelineItem(db: Database, rawRef: string): Promise<ApiResult> {
  return versioned(db, loadItem(db, rawRef));
}

async function loadItem(db: Database, rawRef: string): Promise<ApiResult> {
  const ref = parseItemRef(rawRef);
  if (!ref) return notFound("No such timeline item.");
  if (ref.type === "event") {
    const event = await getEventBySlug(db, ref.slug);
    if (!event) return notFound("No published event with this slug.");
    const positions = await listPositionsAtEvent(db, event.id);
    return { status: 200, body: timelineItemResponseSchema.parse({ type: "event", event, positions }) };
  }
  if (!z.uuid().safeParse(ref.id).success) return notFound("No such timeline item.");
  const position = await getPosition(db, ref.id);
  if (!position) return notFound("No published position with this id.");
  return { status: 200, body: timelineItemResponseSchema.parse({ type: "position", position }) };
}
