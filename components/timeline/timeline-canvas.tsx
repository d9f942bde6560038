"use client";

import { useEffect, useRef } from "react";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { DataSet } from "vis-data/esnext";
import type { DataGroup, DataItem, Timeline } from "vis-timeline/esnext";
import type { Lane, TimelineEntry } from "./timeline-items";

type Props = {
  lanes: Lane[];
  entries: TimelineEntry[];
  window: { start: string; end: string } | null;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
};

/** Item content as DOM nodes filled with textContent: user text never becomes HTML. */
function renderItem(entry: TimelineEntry): HTMLElement {
  const root = document.createElement("div");
  root.className = "parley-item";
  const title = document.createElement("span");
  title.className = "parley-item-title";
  title.textContent = entry.title;
  const meta = document.createElement("span");
  meta.className = "parley-item-meta";
  meta.textContent = `${entry.precision === "approximate" ? "c. " : ""}${entry.start}${entry.status !== "held" ? ` · ${entry.status}` : ""}`;
  root.append(title, meta);
  return root;
}

function renderLane(lane: Lane): HTMLElement {
  const root = document.createElement("div");
  root.className = "parley-lane";
  if (lane.color) {
    const swatch = document.createElement("span");
    swatch.className = "parley-lane-swatch";
    swatch.style.backgroundColor = lane.color;
    root.append(swatch);
  }
  const label = document.createElement("span");
  label.textContent = lane.label;
  root.append(label);
  return root;
}

/**
 * The vis-timeline instance: created once per mount, fed through DataSets so
 * later data changes update items in place instead of rebuilding the chart.
 */
export function TimelineCanvas({ lanes, entries, window: range, selectedId, onSelect }: Props) {
  const container = useRef<HTMLElement>(null);
  const api = useRef<{ timeline: Timeline; items: DataSet<DataItem>; groups: DataSet<DataGroup> } | null>(
    null,
  );
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const entriesById = useRef(new Map<string, TimelineEntry>());
  entriesById.current = new Map(entries.map((e) => [e.id, e]));
  const lanesById = useRef(new Map<string, Lane>());
  lanesById.current = new Map(lanes.map((l) => [l.id, l]));
  const initialRange = useRef(range);

  useEffect(() => {
    let disposed = false;
    (async () => {
      const [{ Timeline }, { DataSet }] = await Promise.all([
        import("vis-timeline/esnext"),
        import("vis-data/esnext"),
      ]);
      if (disposed || !container.current) return;
      const items = new DataSet<DataItem>();
      const groups = new DataSet<DataGroup>();
      const first = initialRange.current;
      const timeline = new Timeline(container.current, items, groups, {
        stack: true,
        zoomKey: "ctrlKey",
        orientation: { axis: "top" },
        margin: { item: { horizontal: 4, vertical: 6 } },
        zoomMin: 1000 * 60 * 60 * 24 * 2,
        ...(first ? { start: first.start, end: first.end } : {}),
        showCurrentTime: true,
        selectable: true,
        template: (item?: { id?: string | number }) => {
          const entry = item?.id != null ? entriesById.current.get(String(item.id)) : undefined;
          return entry ? renderItem(entry) : document.createElement("span");
        },
        groupTemplate: (group?: { id?: string | number }) => {
          const lane = group?.id != null ? lanesById.current.get(String(group.id)) : undefined;
          return lane ? renderLane(lane) : document.createElement("span");
        },
      });
      // vis-timeline waits ~1 s before the first draw when start/end are given (#1340).
      let firstRange = true;
      timeline.on("rangechanged", () => {
        if (firstRange) timeline.redraw();
        firstRange = false;
      });
      timeline.on("select", (props: { items: (string | number)[] }) => {
        const id = props.items[0];
        onSelectRef.current(id == null ? null : String(id));
      });
      api.current = { timeline, items, groups };
      container.current.dataset.ready = "true";
      syncRef.current();
    })();
    return () => {
      disposed = true;
      api.current?.timeline.destroy();
      api.current = null;
    };
  }, []);

  // Each render refreshes the closure, so the effects below always push the latest props.
  const syncRef = useRef(syncData);
  syncRef.current = syncData;
  function syncData() {
    const current = api.current;
    if (!current) return;
    current.groups.update(lanes.map((lane) => ({ id: lane.id, content: lane.label, order: lane.order })));
    const laneIds = new Set(lanes.map((l) => l.id));
    current.groups.remove(current.groups.getIds().filter((id) => !laneIds.has(String(id))));
    current.items.update(
      entries.map((e) => ({
        id: e.id,
        group: e.lane,
        content: e.title,
        start: e.start,
        ...(e.end ? { end: e.end, type: "range" } : { type: "box" }),
        className: `parley-status-${e.status} parley-precision-${e.precision}`,
        style: e.color ? `--party-color: ${e.color}` : undefined,
      })),
    );
    const ids = new Set(entries.map((e) => e.id));
    current.items.remove(current.items.getIds().filter((id) => !ids.has(String(id))));
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: lanes and entries are the trigger; syncRef reads them
  useEffect(() => syncRef.current(), [lanes, entries]);

  useEffect(() => {
    api.current?.timeline.setSelection(selectedId ? [selectedId] : []);
  }, [selectedId]);

  return (
    <section
      ref={container}
      className="parley-timeline min-h-64 border border-rule bg-white"
      aria-label="Interactive timeline. The same events are listed as text below it."
      data-testid="timeline"
    />
  );
}
