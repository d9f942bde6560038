/**
 * The one dates module. Days travel as 'YYYY-MM-DD' strings (the database's
 * `date` columns are read as strings too), and arithmetic on them is done in
 * UTC so no server or browser time zone moves a day.
 */

export const FIRST_DAY = "0001-01-01";
export const LAST_DAY = "9999-12-31";
const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, as 'YYYY-MM-DD'. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * Today as readers and the server count it: the UTC day. Every "today" of the
 * app (defaults, upcoming talks, reader statuses, the compare page) is this one.
 */
export function today(now = new Date()): string {
  return isoDay(now);
}

/**
 * Today in the editor's own time zone, which is what their date picker shows;
 * only for defaults an editor sees in a form.
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `iso` moved by `days`. Results stay within years 1–9999 (the dates the
 * schemas accept and PostgreSQL reads back the same way), so a window at the
 * edge of time is clamped rather than turned into "-000001-…".
 */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1) return FIRST_DAY;
  if (date.getUTCFullYear() > 9999) return LAST_DAY;
  return isoDay(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// Read straight from the 'YYYY-MM-DD' string: no Date, so no time zone can move the day, and no
// date library in the reader's JavaScript (the timeline list formats every row with these).
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const parts = (iso: string) => {
  const [y = "", m = "", d = ""] = iso.split("-");
  return { year: y, month: MONTH_NAMES[Number(m) - 1] ?? m, day: String(Number(d)) };
};
const day = (iso: string) => {
  const p = parts(iso);
  return `${p.day} ${p.month} ${p.year}`;
};
const month = (iso: string) => {
  const p = parts(iso);
  return `${p.month} ${p.year}`;
};

/** "28 February 2022", "29–31 March 2022", "March 2022", "c. 28 March 2022". */
export function formatDateRange(startsOn: string, endsOn: string | null, precision: string): string {
  if (precision === "month") return month(startsOn);
  const prefix = precision === "approximate" ? "c. " : "";
  if (!endsOn || endsOn === startsOn) return prefix + day(startsOn);
  const [sy, sm] = startsOn.split("-");
  const [ey, em] = endsOn.split("-");
  if (sy === ey && sm === em) {
    return `${prefix}${parts(startsOn).day}–${day(endsOn)}`;
  }
  if (sy === ey) {
    const p = parts(startsOn);
    return `${prefix}${p.day} ${p.month} – ${day(endsOn)}`;
  }
  return `${prefix}${day(startsOn)} – ${day(endsOn)}`;
}
