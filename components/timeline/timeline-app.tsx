"use client";

import dynamic from "next/dynamic";
import { type ReactNode, useCallback, useMemo, useState } from "react";
import { addDays, today as currentDay, daysBetween } from "@/lib/dates";
import type { TimelineFacets, TimelineWindow } from "@/lib/queries/timeline";
import { timelineApiUrl } from "@/lib/timeline/api-url";
import { itemRefOf } from "@/lib/timeline/item-ref";
import { fetchRange, fitAllWindow, neighbourRanges, phoneWindow, zoomWindow } from "@/lib/timeline/window";
import {
  buildEntries,
  buildLanes,
  COMPACT_LANE,
  compactEntries,
  visibleLanes,
} from "../../lib/timeline/lanes";
import { useNarrowScreen } from "../use-narrow-screen";
import { FilterBar } from "./filter-bar";
import { SearchSuggestions } from "./search-suggestions";
import { TimelineCanvas } from "./timeline-canvas";
import type { FetchedWindow } from "./timeline-fetcher";
import { TimelineLegend } from "./timeline-legend";
import { TimelineList } from "./timeline-list";
import { useTimelineState } from "./use-timeline-state";

/** Only for a selected item: loaded when one is chosen, not with the page (a `sel=` link still renders it on the server). */
const DetailsPanel = dynamic(() => import("./details-panel").then((m) => m.DetailsPanel));
/** Only once the reader asks for a window the server did not send: TanStack Query is not in the first load. */
const TimelineFetcher = dynamic(() => import("./timeline-fetcher").then((m) => m.TimelineFetcher), {
  ssr: false,
});

/** A window's data and the /api/v1/timeline URL it answers, so it is used only for that exact view. */
export type SeededWindow = { url: string; data: TimelineWindow };

type Props = {
  facets: TimelineFacets;
  defaultRange: { from: string; to: string };
  /** Server-rendered data for the first view, so the first paint needs no request… */
  initial: TimelineWindow;
  /** …and the API URL it answers. */
  initialUrl: string;
  /** A phone's first window when it needs other data than the desktop's (lib/timeline/page-data.ts). */
  phoneInitial?: SeededWindow | null;
  /** The first view's strip, rendered on the server (FirstViewPreview in ./timeline-preview). */
  preview: ReactNode;
  embed?: boolean;
  /** In an embed, the list below the canvas is shown only when asked for (`list=1`). */
  showList?: boolean;
};

export function TimelineApp({
  facets,
  defaultRange,
  initial,
  initialUrl,
  phoneInitial = null,
  preview,
  embed = false,
  showList = !embed,
}: Props) {
  const compact = useNarrowScreen();
  // The phone's default window is derived here from the span the server sent, so both pages pass one range.
  const phoneRange = useMemo(
    () => (facets.span ? phoneWindow(facets.span) : defaultRange),
    [facets.span, defaultRange],
  );
  const urlState = useTimelineState(defaultRange, phoneRange, compact);
  const { filters, range, lanes, selected } = urlState;
  const fetchWindow = fetchRange(range.from, range.to);
  const url = timelineApiUrl(filters, lanes, fetchWindow);
  const seeds = useMemo(
    () => [{ url: initialUrl, data: initial }, ...(phoneInitial ? [phoneInitial] : [])],
    [initialUrl, initial, phoneInitial],
  );
  const seeded = seeds.find((seed) => seed.url === url)?.data;
  // The fetcher (and TanStack Query) load on the first change of the view, or for a window no seed covers.
  const [woken, setWoken] = useState(false);
  const [fetched, setFetched] = useState<FetchedWindow | null>(null);
  const setUrl: typeof urlState.setUrl = useCallback(
    (changes, options) => {
      setWoken(true);
      urlState.setUrl(changes, options);
    },
    [urlState.setUrl],
  );
  const state = { ...urlState, setUrl };
  const [showEmpty, setShowEmpty] = useState(false);
  const ahead = neighbourRanges(fetchWindow).map((next) => timelineApiUrl(filters, lanes, next));

  // A seeded window is shown as sent; else the fetcher's answer, or what was shown before while it loads.
  const [shown, setShown] = useState<TimelineWindow>(initial);
  const current = seeded ?? fetched?.data ?? shown;
  if (current !== shown) setShown(current);
  const data = current;
  const loading = !seeded && (fetched === null || fetched.url !== url || fetched.loading);
  const error = !seeded && fetched?.url === url ? fetched.error : null;
  const entries = useMemo(() => buildEntries(data.items, data.buckets), [data]);
  const laneList = useMemo(
    () =>
      buildLanes(
        lanes,
        facets,
        filters.parties,
        entries.map((e) => e.lane),
      ),
    [lanes, facets, filters.parties, entries],
  );
  const drawnLanes = useMemo(
    () => (compact ? [COMPACT_LANE] : visibleLanes(laneList, entries, showEmpty)),
    [compact, laneList, entries, showEmpty],
  );
  const drawnEntries = useMemo(() => (compact ? compactEntries(entries) : entries), [compact, entries]);
  const hiddenLanes = laneList.length - visibleLanes(laneList, entries, false).length;
  const visibleItems = data.items.filter((i) => i.start <= range.to && (i.end ?? i.start) >= range.from);
  const visibleBuckets = data.buckets.filter((b) => b.start <= range.to && b.end > range.from);
  const aggregatedInView = visibleBuckets.reduce((sum, b) => sum + b.count, 0);
  const selectedEntry = entries.find((e) => e.kind === "item" && itemRefOf(e.item) === selected);

  function zoomTo(from: string, to: string) {
    void setUrl({ from, to }, { history: "push" });
  }

  /** One zoom step, centred on the selection or else on the items in view — never on empty space. */
  function zoom(direction: 1 | -1) {
    const starts = visibleItems.map((i) => i.start).sort();
    const focus = selectedEntry?.start ?? starts[Math.floor(starts.length / 2)] ?? null;
    void setUrl(zoomWindow(range, direction, focus), { history: "replace" });
  }

  return (
    <div className="space-y-4" data-testid="timeline-app">
      {embed ? null : (
        <FilterBar
          facets={facets}
          state={state}
          counts={data.counts}
          inView={data.mode === "aggregate" ? aggregatedInView : visibleItems.length}
        />
      )}
      {embed ? null : (
        <SearchSuggestions
          query={filters.q ?? ""}
          search={data.search}
          onPickParty={(slug) => void setUrl({ parties: [slug], q: null, sel: null })}
        />
      )}
      <div className="grid gap-4">
        <div className="min-w-0 space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <p aria-live="polite" className="text-muted" data-testid="timeline-status">
              {loading ? "Loading… " : ""}
              {data.mode === "aggregate"
                ? `${aggregatedInView.toLocaleString("en")} items in view — shown as counts per ${data.bucketSize}; zoom in to see them.`
                : `${visibleItems.length} item${visibleItems.length === 1 ? "" : "s"} in view`}
            </p>
            <div className="flex gap-1">
              <button type="button" className="parley-button" onClick={() => zoom(1)} aria-label="Zoom in">
                +
              </button>
              <button type="button" className="parley-button" onClick={() => zoom(-1)} aria-label="Zoom out">
                −
              </button>
              <button
                type="button"
                className="parley-button"
                onClick={() => {
                  const today = currentDay();
                  const half = Math.round(daysBetween(range.from, range.to) / 2);
                  void setUrl(
                    { from: addDays(today, -half), to: addDays(today, half) },
                    { history: "replace" },
                  );
                }}
              >
                Today
              </button>
              <button
                type="button"
                className="parley-button"
                onClick={() => void setUrl(fitAllWindow(facets.span), { history: "replace" })}
              >
                Fit all
              </button>
              {hiddenLanes > 0 && !compact ? (
                <button
                  type="button"
                  className="parley-button"
                  aria-pressed={showEmpty}
                  onClick={() => setShowEmpty((v) => !v)}
                >
                  {showEmpty ? "Hide empty lanes" : `Show empty lanes (${hiddenLanes})`}
                </button>
              ) : null}
            </div>
          </div>
          {error ? (
            <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              The timeline could not load this range ({error}). Showing what was loaded before.{" "}
              <button type="button" className="underline" onClick={() => fetched?.retry()}>
                Try again
              </button>
            </p>
          ) : null}
          <TimelineCanvas
            lanes={drawnLanes}
            entries={drawnEntries}
            window={range}
            preview={preview}
            selectedId={selectedEntry?.id ?? null}
            onSelect={(entry) => {
              if (entry?.kind === "bucket") zoomTo(entry.start, entry.end);
              else void setUrl({ sel: entry ? itemRefOf(entry.item) : null });
            }}
            onRangeChange={(next) => void setUrl(next, { history: "replace" })}
          />
          <TimelineLegend />
        </div>
        {selected ? (
          <DetailsPanel itemRef={selected} onClose={() => void setUrl({ sel: null })} embed={embed} />
        ) : null}
      </div>
      {woken || !seeded ? (
        <TimelineFetcher url={url} seeds={seeds} ahead={ahead} onResult={setFetched} />
      ) : null}
      {showList ? (
        <TimelineList
          query={filters.q ?? ""}
          search={data.search}
          mode={data.mode}
          items={visibleItems}
          buckets={visibleBuckets}
          lanes={laneList}
          selected={selected}
          onOpen={(ref) => void setUrl({ sel: ref })}
          onZoom={zoom}
          onZoomTo={zoomTo}
          embed={embed}
          processNames={
            // Across several processes each entry says which it belongs to; within one it goes without saying.
            facets.processes.length > 1 && !filters.process
              ? Object.fromEntries(facets.processes.map((p) => [p.slug, p.name]))
              : undefined
          }
        />
      ) : null}
    </div>
  );
}
