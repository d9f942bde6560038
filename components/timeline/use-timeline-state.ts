"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readTimelineUrl, type TimelineUrlChanges, timelineSearchWith } from "@/lib/timeline/url-state";
import { resolveTimelineView } from "@/lib/timeline/view";

type Range = { from: string; to: string };
/** `shallow: false` asks the server to render the page again (a process changes the lanes and topics). */
type UrlOptions = { history?: "push" | "replace"; shallow?: boolean };

/**
 * The view state from the URL, and a setter that writes it back. Filters and
 * selection push a history entry (Back undoes them); panning replaces it.
 * A link without a window opens the default one for the screen: `phoneRange`
 * on a phone (`compact`), `defaultRange` elsewhere.
 *
 * Next's router follows history.pushState/replaceState (useSearchParams
 * updates, no server request), so this needs no URL-state library on the client.
 */
export function useTimelineState(defaultRange: Range, phoneRange: Range = defaultRange, compact = false) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const url = useMemo(() => readTimelineUrl(searchParams), [searchParams]);
  const setUrl = useCallback(
    (changes: TimelineUrlChanges, options: UrlOptions = {}) => {
      // From location, not from the last render: two changes in one event both land.
      const { pathname, search, hash } = window.location;
      const next = `${pathname}${timelineSearchWith(search, changes)}${hash}`;
      const replace = options.history === "replace";
      if (options.shallow === false) {
        if (replace) router.replace(next, { scroll: false });
        else router.push(next, { scroll: false });
      } else if (replace) window.history.replaceState(null, "", next);
      else window.history.pushState(null, "", next);
    },
    [router],
  );
  const view = resolveTimelineView(url, compact ? phoneRange : defaultRange);
  return { ...view, selected: url.sel, setUrl };
}
