import { z } from "zod";
import { eventKinds, eventStatuses } from "@/lib/domain";
import { isoDate, processParam, slugList } from "./common";
import { checkWindow, cursorParam, enumList, fromParam, limitParam, textQuery, toParam } from "./list-query";

/** Event filters shared by the API, the feed and the calendar (same names as the UI's URL state). */
export const eventFilterShape = {
  process: processParam(),
  from: fromParam,
  to: toParam,
  parties: slugList.meta({
    description: "Party slugs, comma-separated; any of them took part.",
    example: "ukraine",
  }),
  kinds: enumList(eventKinds, "Event kinds."),
  topics: slugList.meta({
    description: "Topic slugs, comma-separated; a position on any of them was stated at the event.",
    example: "neutral-status",
  }),
  status: enumList(eventStatuses, "Event statuses."),
  q: textQuery,
};

/** GET /api/v1/events: filters plus cursor pagination ordered by (starts_on, id). */
export const eventsQuerySchema = z
  .object({
    ...eventFilterShape,
    limit: limitParam,
    cursor: cursorParam(z.tuple([isoDate, z.uuid()])),
  })
  .superRefine(checkWindow);

export type EventsQuery = z.infer<typeof eventsQuerySchema>;
export type EventFilters = Partial<Omit<EventsQuery, "limit" | "cursor">>;
