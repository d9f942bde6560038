import "server-only";
import type { Database } from "@/db/client";
import { getTimelineFacets, getTimelineWindow } from "../queries/timeline";
import { timelineApiUrl } from "./api-url";
import { loadTimelineUrl } from "./url";
import { resolveTimelineView } from "./view";
import { defaultWindow, fetchRange, phoneWindow } from "./window";

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * What the timeline page and the embed render first: the facets, the view the
 * URL asks for, and the data for its fetch range (the same range the client
 * asks for, so the client starts from it without a request).
 * A plain GET form sends repeated keys (parties=a&parties=b); join them as the client writes them.
 */
/** What a page that serves the timeline (home, embed) needs for its first view. */
export type TimelinePage = Awaited<ReturnType<typeof loadTimelinePage>>;

export async function loadTimelinePage(db: Database, searchParams: RawSearchParams) {
  const joined = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : value]),
  );
  const url = loadTimelineUrl(joined);
  const facets = await getTimelineFacets(db, url.process ?? undefined);
  const defaultRange = defaultWindow(facets.span);
  const view = resolveTimelineView(url, defaultRange);
  const range = fetchRange(view.range.from, view.range.to);
  const initialUrl = timelineApiUrl(view.filters, view.lanes, range);
  // A link without a window opens a phone on its own (lib/timeline/window.ts): its data is sent too,
  // so a phone's first view makes no request after load either.
  const phoneView = resolveTimelineView(url, phoneWindow(facets.span)).range;
  const phoneRange = fetchRange(phoneView.from, phoneView.to);
  const phoneUrl = timelineApiUrl(view.filters, view.lanes, phoneRange);
  const [initial, phoneData] = await Promise.all([
    getTimelineWindow(db, { ...view.filters, ...range, lanes: view.lanes }),
    phoneUrl === initialUrl
      ? null
      : getTimelineWindow(db, { ...view.filters, ...phoneRange, lanes: view.lanes }),
  ]);
  const phoneInitial = phoneData ? { url: phoneUrl, data: phoneData } : null;
  return { facets, defaultRange, view, phoneView, initial, initialUrl, phoneInitial };
}
