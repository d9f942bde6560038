import { z } from "zod";
import { positionResponseSchema } from "./directory-schema";
import { eventResponseSchema } from "./event-schema";

const isoDay = z.string().meta({ description: "YYYY-MM-DD" });

const timelineItemSchema = z.object({
  type: z.enum(["event", "position"]),
  id: z.uuid(),
  slug: z.string().nullable().meta({ description: "An event's slug; null for a position." }),
  lane: z
    .string()
    .meta({ description: "`party:<slug>`, `talks` or `kind:<kind>`, by the `lanes` asked for." }),
  title: z.string(),
  start: isoDay,
  end: isoDay.nullable(),
  status: z.string().nullable(),
  precision: z.string(),
  kind: z.string(),
  color: z.string().nullable(),
  process: z.string().meta({ description: "The slug of the peace process the item belongs to." }),
});

/** What GET /api/v1/timeline answers: the window's items, or counts per lane and period past 300 items. */
export const timelineWindowResponseSchema = z.object({
  from: isoDay,
  to: isoDay,
  mode: z.enum(["items", "aggregate"]),
  items: z.array(timelineItemSchema),
  buckets: z.array(z.object({ lane: z.string(), start: isoDay, end: isoDay, count: z.number().int() })),
  bucketSize: z.enum(["week", "month"]).nullable(),
  counts: z.object({
    inWindow: z.number().int().meta({ description: "Events matching the filters in the window." }),
    matching: z.number().int().meta({ description: "Events matching the filters at any date." }),
    published: z
      .number()
      .int()
      .meta({ description: "Published events (of the process, when one is given)." }),
  }),
  search: z
    .object({
      terms: z.array(z.string()),
      entities: z.array(
        z.object({
          kind: z.enum(["party", "person", "topic"]),
          slug: z.string(),
          name: z.string(),
          matched: z.string(),
        }),
      ),
    })
    .nullable()
    .meta({ description: "What `q` was widened to (aliases, similar spellings); null without `q`." }),
});

/** What GET /api/v1/timeline/items/{ref} answers: the details panel's content. */
export const timelineItemResponseSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("event"),
    event: eventResponseSchema,
    positions: z.array(positionResponseSchema),
  }),
  z.object({ type: z.literal("position"), position: positionResponseSchema }),
]);
