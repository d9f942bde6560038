import { isoDate } from "./validation/common";
import { type LaneMode, type TimelineFilters, timelineFiltersSchema } from "./validation/timeline-query";

type UrlValues = {
  from: string | null;
  to: string | null;
  parties: string[];
  kinds: string[];
  topics: string[];
  status: string[];
  q: string;
  lanes: LaneMode;
};

export type TimelineView = {
  filters: TimelineFilters;
  range: { from: string; to: string };
  lanes: LaneMode;
  /** True when the link held something invalid that was dropped. */
  repaired: boolean;
};

/**
 * The view a URL asks for, with invalid parts dropped rather than failing: a
 * mangled shared link still opens a sensible timeline. Used by the server page
 * and the client alike, so both draw the same first view.
 */
export function resolveTimelineView(
  url: UrlValues,
  defaultRange: { from: string; to: string },
): TimelineView {
  const parsed = timelineFiltersSchema.safeParse({
    parties: url.parties.join(","),
    kinds: url.kinds.join(","),
    topics: url.topics.join(","),
    status: url.status.join(","),
    q: url.q,
  });
  const filters = parsed.success ? parsed.data : timelineFiltersSchema.parse({});
  const fromOk = !url.from || isoDate.safeParse(url.from).success;
  const from = url.from && fromOk ? url.from : defaultRange.from;
  const toOk = !url.to || (isoDate.safeParse(url.to).success && url.to > from);
  const to = url.to && toOk ? url.to : defaultRange.to;
  return { filters, range: { from, to }, lanes: url.lanes, repaired: !parsed.success || !fromOk || !toOk };
}
