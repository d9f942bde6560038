import { today as utcToday } from "../dates";
import { type EventStatus, eventStatusLabel } from "./events";
import { labelOf } from "./vocabulary";

/** What readers are told of a status: a "scheduled" event whose last day has passed was never updated. */
export type ReaderStatus = { key: string; label: string };

export const OUTCOME_NOT_RECORDED = "outcome-not-recorded";

/**
 * The status to show a reader on `today` ('YYYY-MM-DD', UTC): "Outcome not
 * recorded" instead of "Scheduled" once the dates have passed, so a 2022 round
 * never reads as still to come.
 */
export function readerStatus(
  event: { status: string; startsOn: string; endsOn: string | null },
  today = utcToday(),
): ReaderStatus {
  if (event.status === "scheduled" && (event.endsOn ?? event.startsOn) < today) {
    return { key: OUTCOME_NOT_RECORDED, label: "Outcome not recorded" };
  }
  return { key: event.status, label: labelOf(eventStatusLabel, event.status) };
}

/**
 * The status a new event most likely has, from its start date: a day already
 * past was held, today or later is scheduled. Only a default — the form stops
 * applying it once the editor picks a status. `today` is 'YYYY-MM-DD'.
 */
export function statusForDate(startsOn: string, today: string): EventStatus | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) return null;
  return startsOn < today ? "held" : "scheduled";
}
