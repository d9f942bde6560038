import { eventKindLabel, multilateralKinds } from "@/lib/labels";
import type { EventView } from "@/lib/queries/events";

export const TALKS_LANE = "talks";

export type Lane = { id: string; label: string; color: string | null; order: number };
export type TimelineEntry = {
  id: string;
  lane: string;
  title: string;
  start: string;
  /** Exclusive end for vis-timeline ranges (the day after the last day). */
  end: string | null;
  status: string;
  precision: string;
  kind: string;
  color: string | null;
};

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Talks between parties share one lane; a speech, statement or briefing goes in
 * the lane of the party that spoke, so each side's statements read as a row.
 */
function laneOf(event: EventView): { lane: string; partySlug: string | null } {
  if (multilateralKinds.has(event.kind)) return { lane: TALKS_LANE, partySlug: null };
  const speaker = event.participants.find((p) => p.role === "speaker") ?? event.participants[0];
  return speaker
    ? { lane: `party:${speaker.partySlug}`, partySlug: speaker.partySlug }
    : { lane: TALKS_LANE, partySlug: null };
}

export function buildTimeline(events: EventView[]): { lanes: Lane[]; entries: TimelineEntry[] } {
  const lanes = new Map<string, Lane>([
    [TALKS_LANE, { id: TALKS_LANE, label: "Talks & meetings", color: null, order: 0 }],
  ]);
  const entries = events.map((event) => {
    const { lane, partySlug } = laneOf(event);
    const party = partySlug ? event.participants.find((p) => p.partySlug === partySlug) : undefined;
    if (party && !lanes.has(lane)) {
      lanes.set(lane, { id: lane, label: party.partyName, color: party.color, order: 1 });
    }
    return {
      id: event.id,
      lane,
      title: event.title,
      start: event.startsOn,
      end: event.endsOn && event.endsOn !== event.startsOn ? addDays(event.endsOn, 1) : null,
      status: event.status,
      precision: event.datePrecision,
      kind: eventKindLabel[event.kind] ?? event.kind,
      color: party?.color ?? null,
    };
  });
  const sortedLanes = [...lanes.values()].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  return { lanes: sortedLanes, entries };
}

/** A default window: the span of the data with a margin, so the first draw shows every event. */
export function initialWindow(entries: TimelineEntry[]): { start: string; end: string } | null {
  if (entries.length === 0) return null;
  const starts = entries.map((e) => e.start).sort();
  const ends = entries.map((e) => e.end ?? e.start).sort();
  const first = starts[0] ?? "";
  const last = ends[ends.length - 1] ?? first;
  const spanDays = Math.max(14, (Date.parse(last) - Date.parse(first)) / 86_400_000);
  const margin = Math.ceil(spanDays * 0.08);
  return { start: addDays(first, -margin), end: addDays(last, margin + 1) };
}
