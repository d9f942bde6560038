/**
 * Form values to and from stored rows for the directory and source forms.
 * Plain functions, so server pages can fill a form and client forms can read a
 * 409's current row with the same code.
 */
import type { z } from "zod";
import type { sourceInput } from "@/lib/validation/sources";

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

/** A 409's `current` row as form values, or null when it is not a versioned row. */
export function rowConflict<V>(
  current: unknown,
  toValues: (row: Record<string, unknown>) => V,
): { version: number; values: V } | null {
  if (!current || typeof current !== "object" || !("version" in current)) return null;
  const row = current as Record<string, unknown>;
  return typeof row.version === "number" ? { version: row.version, values: toValues(row) } : null;
}
