"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
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
  const routerSearch = useSearchParams().toString();
  const router = useRouter();
  // What this hook last wrote, over the router's search it was written over: the router takes the
  // new URL in a transition, and a controlled checkbox must show its change in the same event.
  const [written, setWritten] = useState<{ over: string; search: string } | null>(null);
  const seen = useRef(routerSearch);
  seen.current = routerSearch;
  // Once the router has moved on, it is the truth again (else Back to `over` would show `search`).
  if (written && written.over !== routerSearch) setWritten(null);
  const search = written && written.over === routerSearch ? written.search : routerSearch;
  const url = useMemo(() => readTimelineUrl(new URLSearchParams(search)), [search]);
  const setUrl = useCallback(
    (changes: TimelineUrlChanges, options: UrlOptions = {}) => {
      // From location, not from the last render: two changes in one event both land.
      const { pathname, search: current, hash } = window.location;
      const nextSearch = timelineSearchWith(current, changes);
      setWritten({ over: seen.current, search: nextSearch.slice(1) });
      const next = `${pathname}${nextSearch}${hash}`;
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
