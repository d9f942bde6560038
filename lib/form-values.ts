/**
 * Each kind's one `toFormValues`: a stored row (or its input shape) as the
 * values its form edits. The server builds them — for the edit page and for a
 * 409's current row — so no form re-parses what it receives.
 */
import type { z } from "zod";
import type { EventFormValues, EventInput } from "@/lib/validation/events";
import type { PositionFormValues, PositionInput } from "@/lib/validation/positions";
import type { sourceInput } from "@/lib/validation/sources";

/** A row as a form edits it: its values and the version they were read at. */
export type Editing<V> = { version: number; values: V };

/** `toValues` applied to a snapshot, keeping its version: what a page and a 409 hand a form. */
export function editing<S extends { version: number }, V>(snapshot: S, toValues: (s: S) => V): Editing<V> {
  return { version: snapshot.version, values: toValues(snapshot) };
}

/** A new position's values. */
export const blankPosition: PositionFormValues = {
  partyId: "",
  personId: "",
  topicId: "",
  statedOn: "",
  datePrecision: "day",
  kind: "position",
  stance: "supports",
  summary: "",
  quote: "",
  eventId: "",
  publication: "draft",
  // A position must cite a source, so the form starts with one row to fill.
  sources: [{ sourceId: "", excerpt: "" }],
  isCorrection: false,
};

/** The text boxes and selects show "" for none; the schema turns it back into null. */
export function eventFormValues(input: EventInput): EventFormValues {
  return { ...input, endsOn: input.endsOn ?? "", note: "", isCorrection: false };
}

export function positionFormValues(input: PositionInput): PositionFormValues {
  return {
    ...input,
    personId: input.personId ?? "",
    eventId: input.eventId ?? "",
    quote: input.quote ?? "",
    sources: input.sources.map((s) => ({ sourceId: s.sourceId, excerpt: s.excerpt ?? "" })),
    note: "",
    isCorrection: false,
  };
}

/** Every field any of the three kinds has; each kind's schema reads only its own. */
export type DirectoryFormValues = {
  name: string;
  shortName: string;
  kind: string;
  color: string;
  title: string;
  partyId: string;
  description: string;
  /** One comma-separated line; the schema splits it. */
  aliases: string;
  publication: "draft" | "published";
  note: string;
  isCorrection: boolean;
};

export const blankEntry: DirectoryFormValues = {
  name: "",
  shortName: "",
  kind: "state",
  color: "#0b4f8a",
  title: "",
  partyId: "",
  description: "",
  aliases: "",
  publication: "draft",
  note: "",
  isCorrection: false,
};

/** Form values from a stored row (a snapshot or a 409's current row). */
export function directoryFormValues(row: Record<string, unknown>): DirectoryFormValues {
  const text = (key: keyof DirectoryFormValues) => (typeof row[key] === "string" ? (row[key] as string) : "");
  return {
    ...blankEntry,
    name: text("name"),
    shortName: text("shortName"),
    kind: text("kind") || blankEntry.kind,
    color: text("color") || blankEntry.color,
    title: text("title"),
    partyId: text("partyId"),
    description: text("description"),
    aliases: Array.isArray(row.aliases) ? row.aliases.join(", ") : "",
    publication: row.publication === "published" ? "published" : "draft",
  };
}

export type SourceFormValues = z.input<typeof sourceInput>;
export const blankSource: SourceFormValues = {
  url: "",
  title: "",
  outlet: "",
  author: "",
  publishedOn: "",
  language: "",
  archivedUrl: "",
  note: "",
};

/** Form values from a stored source (a snapshot or a 409's current row). */
export function sourceFormValues(row: Record<string, unknown>): SourceFormValues {
  const text = (key: keyof SourceFormValues) => (typeof row[key] === "string" ? (row[key] as string) : "");
  return {
    url: text("url"),
    title: text("title"),
    outlet: text("outlet"),
    author: text("author"),
    publishedOn: text("publishedOn"),
    language: text("language"),
    archivedUrl: text("archivedUrl"),
    note: "",
  };
}
