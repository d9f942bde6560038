import type { TimelinePage } from "@/lib/timeline/page-data";
import { TimelineApp } from "./timeline-app";
import { FirstViewPreview } from "./timeline-preview";

/**
 * The timeline as a page serves it (the home page and the embed): the app with the first window's
 * data for desktop and phone, and the server-rendered strip it paints until vis-timeline takes over.
 */
export function ServedTimeline({
  page,
  embed,
  showList,
}: {
  page: TimelinePage;
  embed?: boolean;
  showList?: boolean;
}) {
  const { facets, defaultRange, initial, initialUrl, phoneInitial, phoneView, view } = page;
  return (
    <TimelineApp
      facets={facets}
      defaultRange={defaultRange}
      initial={initial}
      initialUrl={initialUrl}
      phoneInitial={phoneInitial}
      preview={<FirstViewPreview facets={facets} data={initial} view={view} phoneRange={phoneView} />}
      embed={embed}
      showList={showList}
    />
  );
}
