import { eventStatusLabel } from "./labels";

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
  today = new Date().toISOString().slice(0, 10),
): ReaderStatus {
  if (event.status === "scheduled" && (event.endsOn ?? event.startsOn) < today) {
    return { key: OUTCOME_NOT_RECORDED, label: "Outcome not recorded" };
  }
  return { key: event.status, label: eventStatusLabel[event.status] ?? event.status };
}
