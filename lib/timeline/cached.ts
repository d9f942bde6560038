import "server-only";
import type { Database } from "@/db/client";
import { readDataVersion } from "@/lib/cache/data-version";
import { approximateBytes, normalisedKey } from "@/lib/cache/keys";
import { sharedResultCache } from "@/lib/cache/shared";
import { today } from "@/lib/dates";
import { getTimelineWindow, type TimelineWindow } from "../queries/timeline";
import { listUpcomingTalks } from "../queries/upcoming";
import type { TimelineQuery } from "../validation/timeline-query";
import { loadTimelinePage } from "./page-data";
import { listProcessSummaries } from "./process-summaries";

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * One timeline window (lib/queries/timeline.ts), cached by (data version,
 * normalised query): the API and the page's first window share entries.
 */
export async function getCachedTimelineWindow(
  db: Database,
  query: TimelineQuery,
  version?: string,
): Promise<TimelineWindow> {
  const v = version ?? (await readDataVersion(db));
  return sharedResultCache().get(
    v,
    `timeline:${normalisedKey(query)}`,
    () => getTimelineWindow(db, query),
    approximateBytes,
  );
}

/**
 * What `/` shows, cached by (data version, today, the URL's parameters): the
 * data, never the HTML, which carries a per-request CSP nonce.
 */
export async function loadCachedHomePage(db: Database, searchParams: RawSearchParams) {
  const version = await readDataVersion(db);
  const day = today();
  return sharedResultCache().get(
    version,
    `home:${day}:${normalisedKey(searchParams)}`,
    async () => {
      const page = await loadTimelinePage(db, searchParams);
      // The next rounds of the process the reader chose, as its calendar lists them.
      const upcoming = await listUpcomingTalks(db, day, 5, page.view.filters.process);
      // With several processes and none chosen, the page lists them first.
      const processSummaries =
        page.facets.processes.length > 1 && !page.view.filters.process
          ? await listProcessSummaries(db, day)
          : null;
      return { ...page, upcoming, today: day, processSummaries };
    },
    approximateBytes,
  );
}
