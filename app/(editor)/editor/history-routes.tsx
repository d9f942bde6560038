import { getEventSnapshot } from "@/lib/services/events";
import { getPositionSnapshot } from "@/lib/services/positions";
import { getProcessSnapshot } from "@/lib/services/processes";
import { getSource } from "@/lib/services/sources";
import { restoreEventAction } from "./events/actions";
import { HistoryPage, type HistoryRouteProps, titled } from "./history-page";
import { restorePositionAction } from "./positions/actions";
import { restoreProcessAction } from "./processes/actions";
import { restoreSourceAction } from "./sources/actions";

/** The kinds with their own editor section: where they are edited, how a row is titled, how a revision is restored. */
const historyKinds = {
  event: {
    section: "events",
    heading: titled(getEventSnapshot, (e) => e.title),
    restore: restoreEventAction,
  },
  position: {
    section: "positions",
    heading: titled(getPositionSnapshot, (p) => p.summary),
    restore: restorePositionAction,
  },
  process: {
    section: "processes",
    heading: titled(getProcessSnapshot, (p) => p.name),
    restore: restoreProcessAction,
  },
  source: { section: "sources", heading: titled(getSource, (s) => s.title), restore: restoreSourceAction },
} as const;

/**
 * The page of `/editor/<section>/[id]/history` for one kind: each route file
 * names only the kind and the fields its compare view shows.
 */
export function historyRoute(entity: keyof typeof historyKinds, compared: readonly string[]) {
  const { section, heading, restore } = historyKinds[entity];
  return async function KindHistoryPage({ params, searchParams }: HistoryRouteProps) {
    const { id } = await params;
    return (
      <HistoryPage
        entity={entity}
        id={id}
        searchParams={searchParams}
        heading={heading}
        editHref={`/editor/${section}/${id}`}
        compared={compared}
        restore={restore}
      />
    );
  };
}
