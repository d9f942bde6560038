/**
 * The bundle's tables and columns, in the order they are written and loaded
 * (parents before children). Spelled out rather than derived from drizzle so the
 * file format changes only on purpose; a test checks it against the database.
 */
export type ColumnKind =
  | "uuid"
  | "text"
  | "int"
  | "bigint"
  | "float"
  | "date"
  | "timestamptz"
  | "textArray"
  | "bool"
  | "jsonb";

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

const c = (key: string, column: string, kind: ColumnKind, internal = false): Column => ({
  key,
  column,
  kind,
  internal,
});

const editableColumns: Column[] = [
  c("publication", "publication", "text"),
  c("version", "version", "int"),
  c("createdAt", "created_at", "timestamptz"),
  c("updatedAt", "updated_at", "timestamptz"),
  c("createdBy", "created_by", "text", true),
  c("updatedBy", "updated_by", "text", true),
  c("deletedAt", "deleted_at", "timestamptz"),
];

export const tableSpecs: TableSpec[] = [
  {
    name: "parties",
    primaryKey: ["id"],
    editable: true,
    columns: [
      c("id", "id", "uuid"),
      c("slug", "slug", "text"),
      c("name", "name", "text"),
      c("shortName", "short_name", "text"),
      c("kind", "kind", "text"),
      c("color", "color", "text"),
      c("aliases", "aliases", "textArray"),
      c("description", "description", "text"),
      ...editableColumns,
    ],
  },
  {
    name: "people",
    primaryKey: ["id"],
    editable: true,
    columns: [
      c("id", "id", "uuid"),
      c("slug", "slug", "text"),
      c("name", "name", "text"),
      c("aliases", "aliases", "textArray"),
      c("partyId", "party_id", "uuid"),
      c("title", "title", "text"),
      ...editableColumns,
    ],
  },
  {
    name: "topics",
    primaryKey: ["id"],
    editable: true,
    columns: [
      c("id", "id", "uuid"),
      c("slug", "slug", "text"),
      c("name", "name", "text"),
      c("description", "description", "text"),
      c("aliases", "aliases", "textArray"),
      ...editableColumns,
    ],
  },
  {
    name: "sources",
    primaryKey: ["id"],
    editable: true,
    columns: [
      c("id", "id", "uuid"),
      c("url", "url", "text"),
      c("outlet", "outlet", "text"),
      c("title", "title", "text"),
      c("author", "author", "text"),
      c("publishedOn", "published_on", "date"),
      c("language", "language", "text"),
      c("archivedUrl", "archived_url", "text"),
      ...editableColumns,
    ],
  },
  {
    name: "processes",
    primaryKey: ["id"],
    editable: true,
    columns: [
      c("id", "id", "uuid"),
      c("slug", "slug", "text"),
      c("name", "name", "text"),
      c("aliases", "aliases", "textArray"),
      c("summary", "summary", "text"),
      c("conflict", "conflict", "text"),
      c("startedOn", "started_on", "date"),
      c("status", "status", "text"),
      ...editableColumns,
    ],
  },
  {
    name: "process_parties",
    primaryKey: ["process_id", "party_id"],
    editable: false,
    columns: [
      c("processId", "process_id", "uuid"),
      c("partyId", "party_id", "uuid"),
      c("role", "role", "text"),
    ],
  },
  {
    name: "process_sources",
    primaryKey: ["process_id", "source_id"],
    editable: false,
    columns: [
      c("processId", "process_id", "uuid"),
      c("sourceId", "source_id", "uuid"),
      c("excerpt", "excerpt", "text"),
    ],
  },
  {
    name: "events",
    primaryKey: ["id"],
    editable: true,
    columns: [
      c("id", "id", "uuid"),
      c("processId", "process_id", "uuid"),
      c("slug", "slug", "text"),
      c("title", "title", "text"),
      c("summary", "summary", "text"),
      c("kind", "kind", "text"),
      c("status", "status", "text"),
      c("format", "format", "text"),
      c("startsOn", "starts_on", "date"),
      c("endsOn", "ends_on", "date"),
      c("datePrecision", "date_precision", "text"),
      c("locationName", "location_name", "text"),
      c("country", "country", "text"),
      c("lat", "lat", "float"),
      c("lon", "lon", "float"),
      ...editableColumns,
    ],
  },
  {
    name: "event_processes",
    primaryKey: ["event_id", "process_id"],
    editable: false,
    columns: [c("eventId", "event_id", "uuid"), c("processId", "process_id", "uuid")],
  },
  {
    name: "event_participants",
    primaryKey: ["event_id", "party_id", "role"],
    editable: false,
    columns: [c("eventId", "event_id", "uuid"), c("partyId", "party_id", "uuid"), c("role", "role", "text")],
  },
  {
    name: "event_people",
    primaryKey: ["event_id", "person_id", "role"],
    editable: false,
    columns: [
      c("eventId", "event_id", "uuid"),
      c("personId", "person_id", "uuid"),
      c("role", "role", "text"),
    ],
  },
  {
    name: "event_sources",
    primaryKey: ["event_id", "source_id"],
    editable: false,
    columns: [
      c("eventId", "event_id", "uuid"),
      c("sourceId", "source_id", "uuid"),
      c("excerpt", "excerpt", "text"),
    ],
  },
  {
    name: "positions",
    primaryKey: ["id"],
    editable: true,
    columns: [
      c("id", "id", "uuid"),
      c("processId", "process_id", "uuid"),
      c("partyId", "party_id", "uuid"),
      c("personId", "person_id", "uuid"),
      c("topicId", "topic_id", "uuid"),
      c("statedOn", "stated_on", "date"),
      c("datePrecision", "date_precision", "text"),
      c("kind", "kind", "text"),
      c("stance", "stance", "text"),
      c("summary", "summary", "text"),
      c("quote", "quote", "text"),
      c("eventId", "event_id", "uuid"),
      ...editableColumns,
    ],
  },
  {
    name: "position_sources",
    primaryKey: ["position_id", "source_id"],
    editable: false,
    columns: [
      c("positionId", "position_id", "uuid"),
      c("sourceId", "source_id", "uuid"),
      c("excerpt", "excerpt", "text"),
    ],
  },
  {
    name: "revisions",
    primaryKey: ["id"],
    editable: false,
    fullOnly: true,
    columns: [
      c("id", "id", "bigint"),
      c("entity", "entity", "text"),
      c("entityId", "entity_id", "uuid"),
      c("version", "version", "int"),
      c("snapshot", "snapshot", "jsonb"),
      c("userId", "user_id", "text", true),
      c("createdAt", "created_at", "timestamptz"),
      c("note", "note", "text"),
      c("isCorrection", "is_correction", "bool"),
    ],
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
