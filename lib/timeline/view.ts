import { addDays, daysBetween } from "../dates";
import { eventKinds, eventStatuses, isOneOf, type LaneMode } from "../domain";
import { cleanSearchText, isIsoDate, isSlug, MAX_QUERY_LENGTH } from "../validation/rules";
import type { TimelineFilters } from "../validation/timeline-query";
import type { TimelineUrlValues } from "./url-state";

/** The URL's values as read on the server (nuqs) or in the browser (url-state.ts); the selection aside. */
type UrlValues = Omit<TimelineUrlValues, "process" | "sel"> & { process?: string | null };

export type TimelineView = {
  filters: TimelineFilters;
  range: { from: string; to: string };
  lanes: LaneMode;
  /** True when the link held something invalid that was dropped. */
  repaired: boolean;
};

const MAX_LIST = 50;

/** Keeps the valid members of a list; reports whether any were dropped. */
function keep<T extends string>(
  values: string[],
  valid: (v: string) => v is T,
): { kept: T[]; dropped: boolean } {
  const kept = values.filter(valid).slice(0, MAX_LIST);
  return { kept, dropped: kept.length !== values.length };
}

const isKind = (v: string) => isOneOf(eventKinds, v);
const isStatus = (v: string) => isOneOf(eventStatuses, v);
const isSlugValue = (v: string): v is string => isSlug(v);

/**
 * The view a URL asks for, with invalid parts dropped rather than failing: a
 * mangled shared link still opens a sensible timeline. It applies the same
 * rules as timelineQuerySchema (lib/validation/rules.ts) without zod, because
 * it also runs in the browser. Server page and client use it alike.
 */
export function resolveTimelineView(
  url: UrlValues,
  defaultRange: { from: string; to: string },
): TimelineView {
  const processOk = !url.process || isSlug(url.process);
  const process = url.process && processOk ? url.process : undefined;
  const parties = keep(url.parties, isSlugValue);
  const topics = keep(url.topics, isSlugValue);
  const kinds = keep(url.kinds, isKind);
  const status = keep(url.status, isStatus);
  // The search-text rule (lib/validation/search-text.ts), but a shared link's overlong text is cut, not dropped.
  const q = cleanSearchText(url.q).slice(0, MAX_QUERY_LENGTH).trim();
  const fromOk = !url.from || isIsoDate(url.from);
  const from = url.from && fromOk ? url.from : defaultRange.from;
  const toOk = !url.to || (isIsoDate(url.to) && url.to > from);
  const wanted = url.to && toOk ? url.to : defaultRange.to;
  // A `from` after the default end (say 9999-12-31) keeps the default window's width from there.
  const to =
    wanted > from ? wanted : addDays(from, Math.max(1, daysBetween(defaultRange.from, defaultRange.to)));
  return {
    filters: {
      ...(process ? { process } : {}),
      parties: parties.kept,
      topics: topics.kept,
      kinds: kinds.kept,
      status: status.kept,
      q: q || undefined,
    },
    range: { from, to },
    lanes: url.lanes,
    repaired:
      !processOk || parties.dropped || topics.dropped || kinds.dropped || status.dropped || !fromOk || !toOk,
  };
}
