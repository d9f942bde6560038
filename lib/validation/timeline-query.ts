import { z } from "zod";
import { eventKinds, eventStatuses } from "@/lib/domain";
import { type LaneMode, laneModes } from "../domain";
import { commaList, isoDate, slug } from "./common";
import { textQuery } from "./list-query";

export { type LaneMode, laneModes };

/**
 * The timeline's filters, as they appear in the page URL and in
 * GET /api/v1/timeline: one schema for both, so a shared link and an API call mean the same thing.
 */
export const timelineFiltersSchema = z.object({
  /** One peace process by slug; left out, every process (the same as before when there is one). */
  process: slug.optional(),
  parties: commaList(slug, 50),
  kinds: commaList(z.enum(eventKinds), 50),
  topics: commaList(slug, 50),
  status: commaList(z.enum(eventStatuses), 50),
  q: textQuery,
});

export const timelineQuerySchema = timelineFiltersSchema
  .extend({ from: isoDate, to: isoDate, lanes: z.enum(laneModes).default("party") })
  .refine((v) => v.from <= v.to, { message: "`from` must not be after `to`", path: ["to"] })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 200 * 366 * 86_400_000, {
    message: "The window may span at most 200 years",
    path: ["to"],
  });

export type TimelineFilters = z.infer<typeof timelineFiltersSchema>;
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;
