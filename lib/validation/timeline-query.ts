import { z } from "zod";
import { eventKinds, eventStatuses } from "@/db/schema/enums";
import { isoDate, slug } from "./common";
import { type LaneMode, laneModes } from "./lane-modes";
import { MAX_QUERY_LENGTH } from "./rules";

export { type LaneMode, laneModes };

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : (value ?? []),
    z.array(item).max(50),
  );

/**
 * The timeline's filters, as they appear in the page URL and in
 * GET /api/v1/timeline: one schema for both, so a shared link and an API call mean the same thing.
 */
export const timelineFiltersSchema = z.object({
  parties: list(slug).default([]),
  kinds: list(z.enum(eventKinds)).default([]),
  topics: list(slug).default([]),
  status: list(z.enum(eventStatuses)).default([]),
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH, `At most ${MAX_QUERY_LENGTH} characters`)
    .optional()
    .transform((v) => (v ? v : undefined)),
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
