import { type CanvasEntry, drawnAsBox, type Lane } from "./lanes";

/** One entry of the static strip, placed in percent of the window's width and in pixels from its lane's top. */
export type PreviewBox = {
  entry: CanvasEntry;
  shape: "range" | "box" | "point";
  left: number;
  /** Set for ranges (and counts, which are ranges): the share of the window they cover. */
  width: number | null;
  top: number;
};

export type PreviewRow = { lane: Lane; height: number; boxes: PreviewBox[] };
export type PreviewTick = { left: number; label: string };

/** The track width and, on a phone, the title length beyond which a title wraps to a second line. */
export type PreviewOptions = { widthPx?: number; wrapChars?: number };

const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Pixel heights of vis-timeline's items with the app's CSS (one line of title), and the margin it keeps between them. */
const HEIGHT = { box: 43, point: 28, range: 30 } as const;
/** A second line of title adds 17 px on the canvas (measured at 390 px: box 43 → 60, point 28 → 45). */
const LINE_PX = 17;
const MARGIN_PX = 6;
/**
 * vis-timeline keeps `margin.axis` (default 20 px) below the items of its
 * "first" lane — the bottom one, as items are oriented to the bottom with the
 * axis on top (ItemSet._firstGroup) — and half the item margin in every other
 * lane: the bottom lane is that much taller on the canvas (it was the 17 px
 * the takeover test allowed for).
 */
const AXIS_MARGIN_PX = 20;
/** Widest title in characters before the CSS ellipsis (15rem at 13 px); on a phone, 11rem per line. */
const MAX_TITLE_CHARS = 34;

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Where vis-timeline will draw the window's entries, computed without a
 * browser so the server can send the first window as HTML: the same lanes in
 * the same order, each entry at the same horizontal position (percent of the
 * window), stacked like vis does (latest first — the order vis-timeline 8.5 was
 * measured to stack in — each moved below whatever it would overlap, half a
 * margin from the lane's top; the bottom lane keeps the axis margin below its items). Text widths and line
 * breaks are estimated for the given track width, so the stacking can differ
 * slightly from the canvas that replaces the strip.
 */
export function layoutPreview(
  lanes: Lane[],
  entries: CanvasEntry[],
  window: { from: string; to: string },
  { widthPx = 1000, wrapChars }: PreviewOptions = {},
): PreviewRow[] {
  const from = time(window.from);
  const span = Math.max(DAY, time(window.to) - from);
  const pct = (iso: string) => ((time(iso) - from) / span) * 100;
  const byLane = new Map<string, CanvasEntry[]>();
  for (const entry of entries) {
    const end = entry.end ?? entry.start;
    if (entry.start > window.to || end < window.from) continue;
    byLane.set(entry.lane, [...(byLane.get(entry.lane) ?? []), entry]);
  }
  return [...lanes]
    .sort((a, b) => a.order - b.order)
    .map((lane, index, sorted) => {
      const bottomMargin = index === sorted.length - 1 ? AXIS_MARGIN_PX : MARGIN_PX / 2;
      const placed: { left: number; right: number; top: number; height: number }[] = [];
      const boxes = (byLane.get(lane.id) ?? [])
        .sort((a, b) => b.start.localeCompare(a.start))
        .map((entry): PreviewBox => {
          const short = drawnAsBox(entry, (widthPx * DAY) / span);
          const shape =
            entry.end && !short
              ? "range"
              : entry.kind === "item" && entry.item.type === "position"
                ? "point"
                : "box";
          const left = pct(entry.start);
          const width = entry.end && !short ? pct(entry.end) - left : null;
          const text = entry.kind === "bucket" ? String(entry.bucket.count) : entry.item.title;
          const wraps = wrapChars !== undefined && entry.kind === "item" && text.length > wrapChars;
          const chars = Math.min(text.length, wraps ? (wrapChars ?? text.length) : MAX_TITLE_CHARS);
          const textPct = ((chars * 7 + 24) / widthPx) * 100;
          const right = left + Math.max(width ?? 0, shape === "range" ? 0 : textPct) + 0.4;
          const height = HEIGHT[shape] + (wraps ? LINE_PX : 0);
          let top = MARGIN_PX / 2;
          for (let moved = true; moved; ) {
            moved = false;
            for (const other of placed) {
              const overlaps = other.left < right && other.right > left;
              if (
                overlaps &&
                other.top < top + height + MARGIN_PX &&
                other.top + other.height + MARGIN_PX > top
              ) {
                top = other.top + other.height + MARGIN_PX;
                moved = true;
              }
            }
          }
          placed.push({ left, right, top, height });
          return { entry, shape, left, width, top };
        });
      // Listed in date order (the stacking above went latest first).
      boxes.reverse();
      const bottom = Math.max(0, ...placed.map((p) => p.top + p.height));
      return { lane, height: Math.max(bottom + bottomMargin, HEIGHT.point + MARGIN_PX), boxes };
    });
}

/** The least distance between two axis labels, in pixels ("Apr 2025" at 13 px is ~56 px wide). */
const MIN_TICK_GAP_PX = 60;

/** Axis labels for the window drawn `widthPx` wide: every month, quarter, year or decade, whichever first leaves room for the text. */
export function previewTicks(window: { from: string; to: string }, widthPx = 1000): PreviewTick[] {
  const from = time(window.from);
  const to = time(window.to);
  const span = Math.max(DAY, to - from);
  const pxPerMonth = (widthPx * 30.4 * DAY) / span;
  const step = [1, 3, 12, 60, 120].find((months) => months * pxPerMonth >= MIN_TICK_GAP_PX) ?? 120;
  const start = new Date(from);
  const cursor = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
  const ticks: PreviewTick[] = [];
  while (cursor.getTime() <= to) {
    const month = cursor.getUTCMonth();
    const t = cursor.getTime();
    if (
      t >= from &&
      (step < 12 ? month % step === 0 : month === 0 && cursor.getUTCFullYear() % (step / 12) === 0)
    ) {
      const year = String(cursor.getUTCFullYear());
      const label =
        step >= 12 ? year : month === 0 || ticks.length === 0 ? `${MONTHS[month]} ${year}` : MONTHS[month];
      ticks.push({ left: ((t - from) / span) * 100, label: label ?? year });
    }
    cursor.setUTCMonth(month + 1);
  }
  return ticks;
}
