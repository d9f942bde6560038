"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { DataSet } from "vis-data/esnext";
import type { DataGroup, DataItem, Timeline } from "vis-timeline/esnext";
import { localToday } from "../../lib/dates";
import { type CanvasEntry, drawnAsBox, entryClasses, type Lane } from "../../lib/timeline/lanes";
import { renderEntry, renderLane } from "./timeline-render";

type Props = {
  lanes: Lane[];
  entries: CanvasEntry[];
  window: { from: string; to: string };
  /** The server-rendered strip of the first view (FirstViewPreview), shown until vis-timeline has drawn. */
  preview: ReactNode;
  selectedId: string | null;
  onSelect: (entry: CanvasEntry | null) => void;
  /** Every change of the drawn window — drag, pinch, wheel, keyboard — so the URL always holds it. */
  onRangeChange: (range: { from: string; to: string }) => void;
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

/**
 * The day vis-timeline means by an instant: it reads "YYYY-MM-DD" as local
 * midnight (moment), so its window is read back in local days too; in UTC days
 * a reader east of Greenwich saw the window move a day at load (a URL write and requests).
 */
const canvasDay = (at: Date) => localToday(at);

/**
 * The vis-timeline instance: created once per mount (destroyed on unmount, so
 * StrictMode's double mount is safe), fed through DataSets so data changes
 * update items in place. Item text goes in as DOM nodes built with textContent.
 */
export function TimelineCanvas({
  lanes,
  entries,
  window: range,
  preview,
  selectedId,
  onSelect,
  onRangeChange,
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
      let drawnScale = pxPerDay(container.current, latest.current.range);
      timeline.on("rangechanged", (props: { start: Date; end: Date }) => {
        // vis-timeline waits ~1 s before its first draw when start/end are given (#1340).
        if (firstRange) timeline.redraw();
        firstRange = false;
        const next = { from: canvasDay(props.start), to: canvasDay(props.end) };
        const { range } = latest.current;
        if (next.from !== range.from || next.to !== range.to) latest.current.onRangeChange(next);
        // A zoom changes which short ranges can carry their label.
        const scale = pxPerDay(container.current, next);
        if (scale !== drawnScale && api.current) {
          drawnScale = scale;
          syncData(api.current, latest.current.lanes, latest.current.entries, scale);
        }
      });
      // "changed" follows each redraw; the first one after the data is in means the strip can go.
      // On a phone the window changes to the phone's once the screen is known, which can be after
      // vis-timeline was created: the strip stays until the canvas shows the window the strip shows.
      timeline.on("changed", () => {
        if (disposed || (items.length === 0 && latest.current.entries.length > 0)) return;
        // Within a day: vis-timeline reads "YYYY-MM-DD" as local midnight, the app as UTC.
        const shown = timeline.getWindow();
        const { range } = latest.current;
        const near = (at: Date, iso: string) => Math.abs(at.getTime() - Date.parse(iso)) <= DAY;
        if (near(shown.start, range.from) && near(shown.end, range.to)) setDrawn(true);
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
      syncData(api.current, latest.current.lanes, latest.current.entries, drawnScale);
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

  useEffect(
    () => syncData(api.current, lanes, entries, pxPerDay(container.current, latest.current.range)),
    [lanes, entries],
  );

  useEffect(() => {
    api.current?.timeline.setSelection(selectedId ? [selectedId] : []);
  }, [selectedId]);

  // The URL changed the window (back button, filters, a "zoom to" link): follow it.
  useEffect(() => {
    const timeline = api.current?.timeline;
    if (!timeline) return;
    const shown = timeline.getWindow();
    if (canvasDay(shown.start) !== range.from || canvasDay(shown.end) !== range.to) {
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
      {drawn ? null : preview}
    </section>
  );
}

function pxPerDay(element: HTMLElement | null, range: { from: string; to: string }): number {
  const days = Math.max(1, (Date.parse(range.to) - Date.parse(range.from)) / DAY);
  // Rounded so that pans at one zoom level do not count as changes of scale.
  return Math.round(((element?.clientWidth || 1000) / days) * 10) / 10;
}

/** Brings the DataSets in line with the props: removes what went, updates the rest in place. */
function syncData(current: Api | null, nextLanes: Lane[], nextEntries: CanvasEntry[], scale: number) {
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
        // The full title on hover, however narrow the item is drawn.
        title: item.title,
        start: e.start,
        ...(e.end && !drawnAsBox(e, scale)
          ? { end: e.end, type: "range" }
          : { end: undefined, type: item.type === "position" ? "point" : "box" }),
        className: entryClasses(e),
        style: item.color ? `--party-color: ${item.color}` : undefined,
      };
    }),
  );
}
