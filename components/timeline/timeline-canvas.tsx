"use client";

import { type Ref, useEffect, useImperativeHandle, useRef, useState } from "react";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { DataSet } from "vis-data/esnext";
import type { DataGroup, DataItem, Timeline } from "vis-timeline/esnext";
import { type CanvasEntry, entryClasses, type Lane } from "./timeline-lanes";
import { TimelinePreview } from "./timeline-preview";
import { renderEntry, renderLane } from "./timeline-render";

export type CanvasHandle = { zoom: (direction: 1 | -1) => void };

type Props = {
  lanes: Lane[];
  entries: CanvasEntry[];
  window: { from: string; to: string };
  selectedId: string | null;
  onSelect: (entry: CanvasEntry | null) => void;
  onRangeChange: (range: { from: string; to: string }) => void;
  handle?: Ref<CanvasHandle>;
};

/**
 * vis-timeline (~110 KB gzipped with moment) starts loading as soon as this
 * module runs in the browser, in parallel with hydration, not after it.
 */
const visModules =
  typeof window === "undefined"
    ? null
    : Promise.all([import("vis-timeline/esnext"), import("vis-data/esnext")]);

type Api = { timeline: Timeline; items: DataSet<DataItem>; groups: DataSet<DataGroup> };

const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The vis-timeline instance: created once per mount (destroyed on unmount, so
 * StrictMode's double mount is safe), fed through DataSets so data changes
 * update items in place. Item text goes in as DOM nodes built with textContent.
 */
export function TimelineCanvas({
  lanes,
  entries,
  window: range,
  selectedId,
  onSelect,
  onRangeChange,
  handle,
}: Props) {
  const section = useRef<HTMLElement>(null);
  const container = useRef<HTMLDivElement>(null);
  // Until vis-timeline has drawn, the server-rendered strip shows the window.
  const [drawn, setDrawn] = useState(false);
  const api = useRef<{ timeline: Timeline; items: DataSet<DataItem>; groups: DataSet<DataGroup> } | null>(
    null,
  );
  const latest = useRef({ lanes, entries, range, selectedId, onSelect, onRangeChange });
  latest.current = { lanes, entries, range, selectedId, onSelect, onRangeChange };
  const byId = useRef(new Map<string, CanvasEntry>());
  byId.current = new Map(entries.map((e) => [e.id, e]));
  const laneById = useRef(new Map<string, Lane>());
  laneById.current = new Map(lanes.map((l) => [l.id, l]));

  useImperativeHandle(handle, () => ({
    zoom: (direction) => {
      const timeline = api.current?.timeline;
      if (direction > 0) timeline?.zoomIn(0.5);
      else timeline?.zoomOut(0.5);
    },
  }));

  useEffect(() => {
    let disposed = false;
    let resizeObserver: ResizeObserver | null = null;
    (async () => {
      if (!visModules) return;
      const [{ Timeline }, { DataSet }] = await visModules;
      if (disposed || !container.current) return;
      const items = new DataSet<DataItem>();
      const groups = new DataSet<DataGroup>();
      const { range: first } = latest.current;
      const timeline = new Timeline(container.current, items, groups, {
        stack: true,
        align: "left",
        zoomKey: "ctrlKey",
        orientation: { axis: "top" },
        margin: { item: { horizontal: 4, vertical: 6 } },
        zoomMin: 2 * DAY,
        zoomMax: 200 * 365 * DAY,
        start: first.from,
        end: first.to,
        showCurrentTime: true,
        selectable: true,
        verticalScroll: false,
        groupOrder: "order",
        template: (item?: { id?: string | number }) => {
          const entry = item?.id != null ? byId.current.get(String(item.id)) : undefined;
          return entry ? renderEntry(entry) : document.createElement("span");
        },
        groupTemplate: (group?: { id?: string | number }) => {
          const lane = group?.id != null ? laneById.current.get(String(group.id)) : undefined;
          return lane ? renderLane(lane) : document.createElement("span");
        },
      });
      let firstRange = true;
      timeline.on("rangechanged", (props: { start: Date; end: Date; byUser: boolean }) => {
        // vis-timeline waits ~1 s before its first draw when start/end are given (#1340).
        if (firstRange) timeline.redraw();
        firstRange = false;
        if (props.byUser) latest.current.onRangeChange({ from: iso(props.start), to: iso(props.end) });
      });
      // "changed" follows each redraw; the first one after the data is in means the strip can go.
      timeline.on("changed", () => {
        if (!disposed && (items.length > 0 || latest.current.entries.length === 0)) setDrawn(true);
      });
      timeline.on("select", (props: { items: (string | number)[] }) => {
        const id = props.items[0];
        latest.current.onSelect(id == null ? null : (byId.current.get(String(id)) ?? null));
      });
      api.current = { timeline, items, groups };
      // When the panel opens or the page reflows, keep the same dates in view rather than the same scale.
      resizeObserver = new ResizeObserver(() => {
        const { from, to } = latest.current.range;
        timeline.setWindow(from, to, { animation: false });
      });
      resizeObserver.observe(container.current);
      syncData(api.current, latest.current.lanes, latest.current.entries);
      timeline.setSelection(latest.current.selectedId ? [latest.current.selectedId] : []);
      if (section.current) section.current.dataset.ready = "true";
    })();
    return () => {
      disposed = true;
      resizeObserver?.disconnect();
      api.current?.timeline.destroy();
      api.current = null;
    };
  }, []);

  useEffect(() => syncData(api.current, lanes, entries), [lanes, entries]);

  useEffect(() => {
    api.current?.timeline.setSelection(selectedId ? [selectedId] : []);
  }, [selectedId]);

  // The URL changed the window (back button, filters, a "zoom to" link): follow it.
  useEffect(() => {
    const timeline = api.current?.timeline;
    if (!timeline) return;
    const shown = timeline.getWindow();
    if (iso(shown.start) !== range.from || iso(shown.end) !== range.to) {
      timeline.setWindow(range.from, range.to, { animation: false });
    }
  }, [range.from, range.to]);

  return (
    <section
      ref={section}
      className="parley-timeline relative min-h-72 border border-rule bg-white"
      aria-label="Interactive timeline. The same events are listed as text below it."
      data-testid="timeline"
    >
      {/* Laid out but invisible until drawn, so vis-timeline measures its real width. */}
      <div ref={container} className={drawn ? undefined : "invisible absolute inset-x-0 top-0"} />
      {drawn ? null : <TimelinePreview lanes={lanes} entries={entries} window={range} />}
    </section>
  );
}

/** Brings the DataSets in line with the props: removes what went, updates the rest in place. */
function syncData(current: Api | null, nextLanes: Lane[], nextEntries: CanvasEntry[]) {
  if (!current) return;
  const laneIds = new Set(nextLanes.map((l) => l.id));
  current.groups.remove(current.groups.getIds().filter((id) => !laneIds.has(String(id))));
  current.groups.update(nextLanes.map((lane) => ({ id: lane.id, content: lane.label, order: lane.order })));
  const ids = new Set(nextEntries.map((e) => e.id));
  current.items.remove(current.items.getIds().filter((id) => !ids.has(String(id))));
  current.items.update(
    nextEntries.map((e) => {
      if (e.kind === "bucket") {
        return {
          id: e.id,
          group: e.lane,
          content: String(e.bucket.count),
          start: e.start,
          end: e.end,
          type: "range",
          className: "parley-cluster",
        };
      }
      const { item } = e;
      return {
        id: e.id,
        group: e.lane,
        content: item.title,
        start: e.start,
        ...(e.end ? { end: e.end, type: "range" } : { type: item.type === "position" ? "point" : "box" }),
        className: entryClasses(e),
        style: item.color ? `--party-color: ${item.color}` : undefined,
      };
    }),
  );
}
