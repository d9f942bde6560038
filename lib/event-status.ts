import type { EventStatus } from "@/db/schema/enums";

/**
 * The status a new event most likely has, from its start date: a day already
 * past was held, today or later is scheduled. Only a default — the form stops
 * applying it once the editor picks a status. `today` is 'YYYY-MM-DD'.
 */
export function statusForDate(startsOn: string, today: string): EventStatus | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) return null;
  return startsOn < today ? "held" : "scheduled";
}

/** Today as 'YYYY-MM-DD' in the editor's own time zone, which is what their date picker shows. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
