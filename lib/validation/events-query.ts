import { z } from "zod";
import { isoDate } from "./common";

/** GET /api/v1/events query: an optional date window. */
export const eventsQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "`from` must not be after `to`",
    path: ["to"],
  });

export type EventsQuery = z.infer<typeof eventsQuerySchema>;
