import { addDays, daysBetween, today as utcToday } from "../dates";

/**
 * The window a reader sees first: all of a short record with a margin, or the
 * latest year of a long one — what is on screen decides the timeline's speed.
 */
export function defaultWindow(span: { first: string; last: string } | null, today = utcToday()) {
  if (!span) return { from: addDays(today, -365), to: addDays(today, 30) };
  const days = daysBetween(span.first, span.last);
  if (days <= 400) {
    // Boxes are drawn from their date rightwards, so the right margin is wider.
    const margin = Math.max(5, Math.ceil(Math.max(days, 14) * 0.12));
    return { from: addDays(span.first, -margin), to: addDays(span.last, margin * 3) };
  }
  // The latest round with the months before it, and room after it so it is not against the edge.
  return { from: addDays(span.last, -300), to: addDays(span.last, 90) };
}

/** Days a phone's default window shows before the end of the latest event, and after it. */
export const PHONE_WINDOW_DAYS = { before: 10, after: 18 } as const;

/**
 * The first window on a phone (the compact canvas, ≤ 640 px): the latest round
 * and the days just before it. A box there is ~190 px wide (11rem title) on a
 * track of ~290–320 px, so a round in the last third of the desktop window is
 * cut off; here its start sits in the first third and its box ends in the track.
 */
export function phoneWindow(span: { first: string; last: string } | null, today = utcToday()) {
  if (!span) return defaultWindow(null, today);
  return {
    from: addDays(span.last, -PHONE_WINDOW_DAYS.before),
    to: addDays(span.last, PHONE_WINDOW_DAYS.after),
  };
}

/** "Fit all": every published event in view, with a margin each side. */
export function fitAllWindow(span: { first: string; last: string } | null, today = utcToday()) {
  if (!span) return defaultWindow(null, today);
  const margin = Math.max(5, Math.ceil(Math.max(daysBetween(span.first, span.last), 14) * 0.08));
  return { from: addDays(span.first, -margin), to: addDays(span.last, margin * 2) };
}

/**
 * The window after one zoom step (in: half as wide, out: twice), centred on
 * `focus` when given (the selection, or the items in view), so a zoom never
 * lands on empty space.
 */
export function zoomWindow(
  range: { from: string; to: string },
  direction: 1 | -1,
  focus: string | null,
): { from: string; to: string } {
  const width = Math.max(1, daysBetween(range.from, range.to));
  const next = Math.max(2, Math.round(direction > 0 ? width / 2 : width * 2));
  const centre = focus ?? addDays(range.from, Math.round(width / 2));
  const from = addDays(centre, -Math.floor(next / 2));
  return { from, to: addDays(from, next) };
}

/**
 * The range to fetch for a visible window: the window plus half its width on
 * each side, snapped to a grid of its width, so small pans hit the cache and
 * neighbouring windows are ready before the reader reaches them.
 */
export function fetchRange(from: string, to: string): { from: string; to: string } {
  const width = Math.max(1, daysBetween(from, to));
  const epoch = "2000-01-01";
  const startCell = Math.floor((daysBetween(epoch, from) - width / 2) / width);
  const endCell = Math.ceil((daysBetween(epoch, to) + width / 2) / width);
  return { from: addDays(epoch, startCell * width), to: addDays(epoch, endCell * width) };
}

/** The fetch ranges either side of one, fetched ahead so panning finds them cached. */
export function neighbourRanges(range: { from: string; to: string }): { from: string; to: string }[] {
  const width = daysBetween(range.from, range.to);
  return [-width, width].map((shift) => ({ from: addDays(range.from, shift), to: addDays(range.to, shift) }));
}
