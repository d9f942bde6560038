"use client";

import { useQueryStates } from "nuqs";
import { timelineUrlParsers } from "@/lib/timeline/url";
import { resolveTimelineView } from "@/lib/timeline/view";

type Range = { from: string; to: string };

/**
 * The view state from the URL, and a setter that writes it back. Filters and
 * selection push a history entry (Back undoes them); panning replaces it.
 * A link without a window opens the default one for the screen: `phoneRange`
 * on a phone (`compact`), `defaultRange` elsewhere. `phoneView` is the window a
 * phone shows for this URL, for the server-drawn phone strip.
 */
export function useTimelineState(defaultRange: Range, phoneRange: Range = defaultRange, compact = false) {
  const [url, setUrl] = useQueryStates(timelineUrlParsers, { history: "push", scroll: false });
  const view = resolveTimelineView(url, compact ? phoneRange : defaultRange);
  const phoneView = resolveTimelineView(url, phoneRange).range;
  return { ...view, phoneView, selected: url.sel, setUrl };
}
