"use client";

import { useQueryStates } from "nuqs";
import { timelineUrlParsers } from "@/lib/timeline/url";
import { resolveTimelineView } from "@/lib/timeline/view";

/**
 * The view state from the URL, and a setter that writes it back. Filters and
 * selection push a history entry (Back undoes them); panning replaces it.
 */
export function useTimelineState(defaultRange: { from: string; to: string }) {
  const [url, setUrl] = useQueryStates(timelineUrlParsers, { history: "push", scroll: false });
  const view = resolveTimelineView(url, defaultRange);
  return { ...view, selected: url.sel, setUrl };
}
