import "server-only";
import type { Database } from "@/db/client";
import { getTimelineFacets, getTimelineWindow } from "../queries/timeline";
import { timelineApiUrl } from "./api-url";
import { loadTimelineUrl } from "./url";
import { resolveTimelineView } from "./view";
import { defaultWindow, fetchRange } from "./window";

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * What the timeline page and the embed render first: the facets, the view the
 * URL asks for, and the data for its fetch range (the same range the client
 * asks for, so the client starts from it without a request).
 * A plain GET form sends repeated keys (parties=a&parties=b); join them as the client writes them.
 */
export async function loadTimelinePage(db: Database, searchParams: RawSearchParams) {
  const joined = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : value]),
  );
  const url = loadTimelineUrl(joined);
  const facets = await getTimelineFacets(db, url.process ?? undefined);
  const defaultRange = defaultWindow(facets.span);
  const view = resolveTimelineView(url, defaultRange);
  const range = fetchRange(view.range.from, view.range.to);
  const initial = await getTimelineWindow(db, { ...view.filters, ...range, lanes: view.lanes });
  return { facets, defaultRange, view, initial, initialUrl: timelineApiUrl(view.filters, view.lanes, range) };
}
