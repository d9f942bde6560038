import type { PositionFormValues } from "@/lib/validation/positions";

/** What a position stated at an event can take from it. */
export type EventPrefill = {
  startsOn: string;
  datePrecision: string;
  /** The event's parties, the likeliest speaker first. */
  partyIds: readonly string[];
  sourceIds: readonly string[];
};

type Prefillable = Pick<PositionFormValues, "statedOn" | "datePrecision" | "partyId" | "sources">;

/**
 * The fields a position form fills from the event picked: the date, the first
 * party and the sources — only where the editor has not typed anything yet, so
 * picking an event never overwrites their work.
 */
export function prefillFromEvent(current: Prefillable, event: EventPrefill): Partial<Prefillable> {
  const out: Partial<Prefillable> = {};
  if (!current.statedOn) {
    out.statedOn = event.startsOn;
    if (
      event.datePrecision === "day" ||
      event.datePrecision === "month" ||
      event.datePrecision === "approximate"
    )
      out.datePrecision = event.datePrecision;
  }
  const firstParty = event.partyIds[0];
  if (!current.partyId && firstParty) out.partyId = firstParty;
  const noSources = (current.sources ?? []).every((s) => !s?.sourceId);
  if (noSources && event.sourceIds.length)
    out.sources = event.sourceIds.map((sourceId) => ({ sourceId, excerpt: "" }));
  return out;
}
