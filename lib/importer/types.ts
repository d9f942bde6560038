import type { DatePrecision, EventKind, EventStatus, Stance } from "@/lib/domain";

/** What the importer knows of the directory: names and other names, as stored. */
export type Directory = {
  parties: { name: string; aliases: readonly string[] }[];
  people: { name: string; aliases: readonly string[]; party: string }[];
  topics: { name: string; aliases: readonly string[] }[];
};

export type SourceProposal = { url: string; outlet: string; title: string; publishedOn: string };

/** One proposed event; names are as stored, or as written in the article when new. */
export type EventProposal = {
  title: string;
  kind: EventKind;
  status: EventStatus;
  startsOn: string;
  endsOn: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  country: string | null;
  parties: string[];
  people: string[];
  excerpt: string;
};

export type StatementProposal = {
  speaker: string | null;
  party: string | null;
  quote: string | null;
  statedOn: string;
  datePrecision: DatePrecision;
  topics: string[];
  stance: Stance;
  excerpt: string;
};

/** The documented `--json` shape of `npm run import:article`. */
export type ArticleProposals = {
  source: SourceProposal;
  events: EventProposal[];
  statements: StatementProposal[];
};
