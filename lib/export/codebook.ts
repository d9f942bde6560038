/**
 * The codebook: every table and column of the bundle and its CSV files, every
 * closed vocabulary, and the rules for dates and "as of". Built from the same
 * table specs and enum arrays the export and the database use, so a new column
 * or value without a description fails lib/export/codebook.test.ts.
 */
import {
  datePrecisions,
  eventFormats,
  eventKinds,
  eventPersonRoles,
  eventStatuses,
  participantRoles,
  partyKinds,
  positionKinds,
  processPartyRoles,
  processStatuses,
  publicationStates,
  revisionEntities,
  stances,
} from "@/lib/domain";
import { type Scope, specsFor } from "./tables";

const editable: Record<string, string> = {
  publication: "draft or published; the public bundle holds published rows only.",
  version: "Edit counter, 1 at creation and +1 at every save; each version has a revision.",
  createdAt: "When the row was created (UTC, microseconds).",
  updatedAt: "When the row was last saved (UTC, microseconds).",
  createdBy: "Editor account that created the row (full bundle only).",
  updatedBy: "Editor account that last saved the row (full bundle only).",
  deletedAt: "When the row was deleted (soft delete); null while live.",
};

export const tableDescriptions: Record<string, string> = {
  parties: "States, organizations and groups that take part in talks.",
  people: "People who speak for a party.",
  topics: "What positions are about; the rows of the compare table.",
  sources: "Articles, transcripts and statements that events, positions and processes cite.",
  processes: "Peace processes: one negotiation that events and positions belong to.",
  process_parties: "The parties of a process and the part each plays.",
  process_sources: "Sources cited for a process.",
  events: "Talks, calls, speeches, statements and developments.",
  event_processes: "Other processes an event concerns, besides the one it belongs to.",
  event_participants: "Who took part in an event, and in what role.",
  event_people: "People who were at an event, and in what role.",
  event_sources: "Sources cited for an event, with the excerpt relied on.",
  positions: "Dated statements of a party on a topic: red lines, demands, offers, positions.",
  position_sources: "Sources cited for a position, with the excerpt relied on.",
  revisions: "Every saved version of every editable row, as a full snapshot (full bundle only).",
};

export const columnDescriptions: Record<string, Record<string, string>> = {
  "*": { ...editable, id: "Stable identifier (uuid); rows reference each other by it." },
  parties: {
    slug: "URL name, set once from the name.",
    name: "Name.",
    shortName: "Short name or abbreviation.",
    kind: "Kind of party (vocabulary partyKinds).",
    color: "Lane colour, #rrggbb, legible on white.",
    aliases: "Other names readers search by (JSON array in CSV).",
    description: "Short description.",
  },
  people: {
    slug: "URL name, set once from the name.",
    name: "Name.",
    aliases: "Other spellings (JSON array in CSV).",
    partyId: "The party the person speaks for (parties.id).",
    title: "Office or role.",
  },
  topics: {
    slug: "URL name, set once from the name.",
    name: "Name.",
    description: "What the topic covers.",
    aliases: "Other names (JSON array in CSV).",
  },
  sources: {
    url: "Link to the source (http or https); null for a document with no public link.",
    outlet: "Publisher or outlet.",
    title: "Title.",
    author: "Author.",
    publishedOn: "Publication date (YYYY-MM-DD).",
    language: "Language code.",
    archivedUrl: "Link to an archived copy.",
  },
  processes: {
    slug: "URL name, set once from the name; the `process` filter of every list.",
    name: "Name.",
    aliases: "Other names (JSON array in CSV).",
    summary: "What the process is.",
    conflict: "The conflict it belongs to, as free text.",
    startedOn: "When the process started (YYYY-MM-DD), as the sources give it.",
    status: "Where the process stands (vocabulary processStatuses).",
  },
  process_parties: {
    processId: "The process (processes.id).",
    partyId: "The party (parties.id).",
    role: "The part it plays (vocabulary processPartyRoles).",
  },
  process_sources: {
    processId: "The process (processes.id).",
    sourceId: "The source (sources.id).",
    excerpt: "The words of the source relied on, verbatim.",
  },
  events: {
    processId: "The process the event belongs to (processes.id).",
    slug: "URL name, set once from the title.",
    title: "Title.",
    summary: "What happened.",
    kind: "Kind of event (vocabulary eventKinds).",
    status: "Scheduled, held, postponed or cancelled (vocabulary eventStatuses).",
    format: "In person, video, phone or written (vocabulary eventFormats).",
    startsOn: "Start date; see the date-precision rule.",
    endsOn: "Last day, for events of several days.",
    datePrecision: "How exactly the date is known (vocabulary datePrecisions).",
    locationName: "Place.",
    country: "Country.",
    lat: "Latitude of the place.",
    lon: "Longitude of the place.",
  },
  event_processes: {
    eventId: "The event (events.id).",
    processId: "Another process it concerns (processes.id).",
  },
  event_participants: {
    eventId: "The event (events.id).",
    partyId: "The party (parties.id).",
    role: "Its role at the event (vocabulary participantRoles).",
  },
  event_people: {
    eventId: "The event (events.id).",
    personId: "The person (people.id).",
    role: "Their role at the event (vocabulary eventPersonRoles).",
  },
  event_sources: {
    eventId: "The event (events.id).",
    sourceId: "The source (sources.id).",
    excerpt: "The words of the source relied on, verbatim.",
  },
  positions: {
    processId: "The process the statement belongs to (processes.id).",
    partyId: "The party that stated it (parties.id).",
    personId: "The person who spoke (people.id), when known.",
    topicId: "The topic (topics.id).",
    statedOn: "When it was stated; see the date-precision and as-of rules.",
    datePrecision: "How exactly the date is known (vocabulary datePrecisions).",
    kind: "Red line, demand, offer or position (vocabulary positionKinds).",
    stance: "Supports, opposes, conditional or open (vocabulary stances).",
    summary: "The position in the editor's words.",
    quote: "The speaker's own words, verbatim.",
    eventId: "The event where it was stated (events.id), when there was one.",
  },
  position_sources: {
    positionId: "The position (positions.id).",
    sourceId: "The source (sources.id).",
    excerpt: "The words of the source relied on, verbatim.",
  },
  revisions: {
    id: "Sequence number of the revision.",
    entity: "Kind of row (vocabulary revisionEntities).",
    entityId: "The row's id.",
    version: "The row's version this snapshot is.",
    snapshot: "The whole row with its links, as saved.",
    userId: "Editor account that saved it (full bundle only).",
    createdAt: "When it was saved.",
    note: "The editor's note.",
    isCorrection: "Marked as a correction, shown publicly on published rows.",
  },
};

export const vocabularies: Record<string, readonly string[]> = {
  partyKinds,
  processStatuses,
  processPartyRoles,
  eventKinds,
  eventStatuses,
  eventFormats,
  datePrecisions,
  participantRoles,
  eventPersonRoles,
  positionKinds,
  stances,
  publicationStates,
  revisionEntities,
};

export const rules = {
  datePrecision:
    "Dates are YYYY-MM-DD. With precision 'month' or 'approximate' the stored day is the earliest the event can have started or the statement been made; 'day' means the source gives the day.",
  asOf: "A party's position on a topic as of day D is its latest published statement with statedOn <= D; on the same day, the one saved last wins. Drafts and deleted rows never count.",
};

export type CodebookTable = {
  name: string;
  description: string;
  columns: { key: string; kind: string; description: string | undefined }[];
};

/** The codebook for a bundle scope, table by table in load order. */
export function buildCodebook(scope: Scope = "all"): CodebookTable[] {
  return specsFor(scope).map((spec) => ({
    name: spec.name,
    description: tableDescriptions[spec.name] ?? "",
    columns: spec.columns.map((col) => ({
      key: col.key,
      kind: col.kind,
      description: columnDescriptions[spec.name]?.[col.key] ?? columnDescriptions["*"]?.[col.key],
    })),
  }));
}

/** The codebook as one Markdown file. */
export function codebookMarkdown(): string {
  const lines = ["# Parley data codebook", ""];
  for (const table of buildCodebook("all")) {
    lines.push(
      `## ${table.name}`,
      "",
      table.description,
      "",
      "| column | type | meaning |",
      "| --- | --- | --- |",
    );
    for (const c of table.columns) lines.push(`| ${c.key} | ${c.kind} | ${c.description ?? ""} |`);
    lines.push("");
  }
  lines.push("## Vocabularies", "");
  for (const [name, values] of Object.entries(vocabularies))
    lines.push(`- **${name}**: ${values.join(", ")}`);
  lines.push("", "## Rules", "", `- Date precision: ${rules.datePrecision}`, `- As of: ${rules.asOf}`, "");
  return lines.join("\n");
}
