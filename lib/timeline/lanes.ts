import { addDays } from "@/lib/dates";
import { eventKindLabel, labelOf, readerStatus } from "@/lib/domain";
import type { TimelineBucket, TimelineFacets, TimelineItem } from "@/lib/queries/timeline";
import type { LaneMode } from "@/lib/validation/timeline-query";

export type Lane = { id: string; label: string; color: string | null; order: number };

/** What the canvas draws: an item, or a count standing for many items in one lane and period. */
export type CanvasEntry =
  | { kind: "item"; id: string; lane: string; item: TimelineItem; start: string; end: string | null }
  | { kind: "bucket"; id: string; lane: string; bucket: TimelineBucket; start: string; end: string };

/**
 * Lanes in a stable order: in party mode "Talks & meetings" then every party
 * (or the filtered ones), so a party keeps its row as the reader pans; in kind
 * mode one lane per event kind present, statements last.
 */
export function buildLanes(
  mode: LaneMode,
  facets: TimelineFacets,
  parties: string[],
  laneIds: Iterable<string>,
): Lane[] {
  if (mode === "party") {
    const shown = facets.parties.filter((p) => parties.length === 0 || parties.includes(p.slug));
    return [
      { id: "talks", label: "Talks & meetings", color: null, order: 0 },
      ...shown.map((p, i) => ({ id: `party:${p.slug}`, label: p.name, color: p.color, order: i + 1 })),
    ];
  }
  const kinds = [...new Set(laneIds)].filter((id) => id.startsWith("kind:")).map((id) => id.slice(5));
  const order = Object.keys(eventKindLabel);
  return kinds
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map((kind, i) => ({
      id: `kind:${kind}`,
      label: kind === "position" ? "Statements of position" : labelOf(eventKindLabel, kind),
      color: null,
      order: kind === "position" ? 99 : i,
    }));
}

/**
 * The lanes worth drawing: those holding something in the loaded range, unless
 * the reader asked for every lane (an always-empty lane only costs width).
 */
export function visibleLanes(lanes: Lane[], entries: CanvasEntry[], showEmpty: boolean): Lane[] {
  if (showEmpty) return lanes;
  const used = new Set(entries.map((e) => e.lane));
  const kept = lanes.filter((l) => used.has(l.id));
  return kept.length > 0 ? kept : lanes.slice(0, 1);
}

/** The one lane of the compact (phone) layout: parties told apart by their colour marker, not by row. */
export const COMPACT_LANE: Lane = { id: "all", label: "All", color: null, order: 0 };

export function compactEntries(entries: CanvasEntry[]): CanvasEntry[] {
  return entries.map((e) => ({ ...e, lane: COMPACT_LANE.id }));
}

/** Below this drawn width a range's label would be a sliver: it is drawn as a box at its start instead. */
export const MIN_RANGE_PX = 160;

/** True when `entry`, a range, is too short at `pxPerDay` to carry its label. */
export function drawnAsBox(entry: CanvasEntry, pxPerDay: number): boolean {
  if (entry.kind !== "item" || !entry.end) return false;
  const days = (Date.parse(entry.end) - Date.parse(entry.start)) / 86_400_000;
  return days * pxPerDay < MIN_RANGE_PX;
}

export function buildEntries(items: TimelineItem[], buckets: TimelineBucket[]): CanvasEntry[] {
  if (buckets.length > 0) {
    return buckets.map((bucket) => ({
      kind: "bucket",
      id: `bucket:${bucket.lane}:${bucket.start}`,
      lane: bucket.lane,
      bucket,
      start: bucket.start,
      end: bucket.end,
    }));
  }
  return items.map((item) => ({
    kind: "item",
    id: item.id,
    lane: item.lane,
    item,
    start: item.start,
    // vis-timeline ends are exclusive: a range through the 31st ends on the 1st.
    end: item.end && item.end !== item.start ? addDays(item.end, 1) : null,
  }));
}

/** The small line under an event's title: precision and any status other than held. */
export function itemMeta(item: TimelineItem): string {
  const approx = item.precision === "approximate" ? "c. " : item.precision === "month" ? "month of " : "";
  const shown = item.status
    ? readerStatus({ status: item.status, startsOn: item.start, endsOn: item.end })
    : null;
  const status = shown && shown.key !== "held" ? ` · ${shown.label.toLowerCase()}` : "";
  return `${approx}${item.start}${status}`;
}

/** The class names of an entry, on the canvas and in the server-rendered strip alike. */
export function entryClasses(entry: CanvasEntry): string {
  if (entry.kind === "bucket") return "parley-cluster";
  const { item } = entry;
  return `parley-${item.type} parley-status-${item.status ?? "none"} parley-precision-${item.precision}`;
}
