import type {
  DatePrecision,
  EventKind,
  EventStatus,
  ParticipantRole,
  PartyKind,
  PositionKind,
  ProcessPartyRole,
  Stance,
} from "../../lib/domain";

/*
 * The row shapes both data sets are written in (the article seed,
 * istanbul-article.ts, and the demo, demo-data.ts): other rows are named by
 * slug, as a reader would name them; db/seed/index.ts and demo.ts turn the
 * slugs into ids for the seed writer.
 */

export type PartySeed = { slug: string; name: string; kind: PartyKind; color: string };

/** A party of a process and the part it plays there. */
export type ProcessPartySeed = { party: string; role: ProcessPartyRole };

export type EventSeed = {
  slug: string;
  title: string;
  summary: string;
  kind: EventKind;
  status: EventStatus;
  startsOn: string;
  endsOn: string | null;
  datePrecision: DatePrecision;
  locationName: string | null;
  participants: { party: string; role: ParticipantRole }[];
};

export type PositionSeed = {
  party: string;
  topic: string;
  /** The event it was stated at, if any. */
  event: string | null;
  statedOn: string;
  datePrecision: DatePrecision;
  kind: PositionKind;
  stance: Stance;
  summary: string;
  quote: string | null;
};
