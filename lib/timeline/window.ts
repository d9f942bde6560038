const FIRST_DAY = "0001-01-01";
const LAST_DAY = "9999-12-31";

/**
 * Date arithmetic on 'YYYY-MM-DD' strings, in UTC so no time zone shifts a day.
 * Results stay within years 1–9999 (the dates the schemas accept and PostgreSQL
 * reads back the same way), so a window at the edge of time is clamped rather
 * than turned into "-000001-…".
 */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1) return FIRST_DAY;
  if (date.getUTCFullYear() > 9999) return LAST_DAY;
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The window a reader sees first: all of a short record with a margin, or the
 * latest year of a long one — what is on screen decides the timeline's speed.
 */
export function defaultWindow(span: { first: string; last: string } | null, today = todayIso()) {
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

/** "Fit all": every published event in view, with a margin each side. */
export function fitAllWindow(span: { first: string; last: string } | null, today = todayIso()) {
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
