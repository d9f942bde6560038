/**
 * The bundle's tables and columns, in the order they are written and loaded
 * (parents before children). Spelled out rather than derived from drizzle so the
 * file format changes only on purpose; a test checks it against the database.
 */
import { isOneOf } from "@/lib/domain";

const columnKinds = [
  "uuid",
  "text",
  "int",
  "bigint",
  "float",
  "date",
  "timestamptz",
  "textArray",
  "bool",
  "jsonb",
] as const;
export type ColumnKind = (typeof columnKinds)[number];

export type Column = {
  /** JSON key and CSV header. */
  key: string;
  /** Database column. */
  column: string;
  kind: ColumnKind;
  /** Left out of the public (published-only) bundle: editors' user ids are internal. */
  internal?: boolean;
};

export type TableSpec = {
  name: string;
  columns: Column[];
  primaryKey: string[];
  /** Whether rows have publication/deleted_at (the public bundle keeps live published rows only). */
  editable: boolean;
  /** Only in the full (--all) bundle. */
  fullOnly?: boolean;
};

/** camelCase key → snake_case column: every column of the bundle is named so. */
const snake = (key: string) => key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

/**
 * Columns from one line: "id:uuid slug name aliases:textArray", each a key with
 * its kind (text when none); a trailing `!` marks an internal column.
 */
function columns(spec: string): Column[] {
  return spec.split(/\s+/).map((word) => {
    const [name = "", kind = "text"] = word.replace(/!$/, "").split(":");
    if (!isOneOf(columnKinds, kind)) throw new Error(`Unknown column kind in "${word}"`);
    return { key: name, column: snake(name), kind, internal: word.endsWith("!") };
  });
}

const editableColumns = columns(
  "publication version:int createdAt:timestamptz updatedAt:timestamptz createdBy! updatedBy! deletedAt:timestamptz",
);

/** A versioned table keyed by `id`, with publication and the editing columns. */
const editable = (name: string, spec: string): TableSpec => ({
  name,
  primaryKey: ["id"],
  editable: true,
  columns: [...columns(spec), ...editableColumns],
});

/** A link table: its primary key is its first columns, written as part of its parent. */
const link = (name: string, spec: string, keyLength = 2): TableSpec => {
  const cols = columns(spec);
  return {
    name,
    primaryKey: cols.slice(0, keyLength).map((col) => col.column),
    editable: false,
    columns: cols,
  };
};

export const tableSpecs: TableSpec[] = [
  editable("parties", "id:uuid slug name shortName kind color aliases:textArray description"),
  editable("people", "id:uuid slug name aliases:textArray partyId:uuid title"),
  editable("topics", "id:uuid slug name description aliases:textArray"),
  editable("sources", "id:uuid url outlet title author publishedOn:date language archivedUrl"),
  editable("processes", "id:uuid slug name aliases:textArray summary conflict startedOn:date status"),
  link("process_parties", "processId:uuid partyId:uuid role"),
  link("process_sources", "processId:uuid sourceId:uuid excerpt"),
  editable(
    "events",
    "id:uuid processId:uuid slug title summary kind status format startsOn:date endsOn:date datePrecision locationName country lat:float lon:float",
  ),
  link("event_processes", "eventId:uuid processId:uuid"),
  link("event_participants", "eventId:uuid partyId:uuid role", 3),
  link("event_people", "eventId:uuid personId:uuid role", 3),
  link("event_sources", "eventId:uuid sourceId:uuid excerpt"),
  editable(
    "positions",
    "id:uuid processId:uuid partyId:uuid personId:uuid topicId:uuid statedOn:date datePrecision kind stance summary quote eventId:uuid",
  ),
  link("position_sources", "positionId:uuid sourceId:uuid excerpt"),
  {
    name: "revisions",
    primaryKey: ["id"],
    editable: false,
    fullOnly: true,
    columns: columns(
      "id:bigint entity entityId:uuid version:int snapshot:jsonb userId! createdAt:timestamptz note isCorrection:bool",
    ),
  },
];

export type Scope = "published" | "all";

/** The tables and columns a bundle of this scope carries. */
export function specsFor(scope: Scope): TableSpec[] {
  return tableSpecs
    .filter((t) => scope === "all" || !t.fullOnly)
    .map((t) => ({ ...t, columns: t.columns.filter((col) => scope === "all" || !col.internal) }));
}

export const BUNDLE_FORMAT = "parley-bundle";
/**
 * 1: before peace processes (the key was `version`). 2: processes, their
 * parties and sources, and every event and position in one (`formatVersion`).
 * Import still reads 1 (lib/export/upgrade.ts).
 */
export const BUNDLE_FORMAT_VERSION = 2;
