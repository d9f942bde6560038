import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dataLicence } from "@/lib/data-licence";
import {
  publicEventText,
  publicPositionText,
  publicRowText,
  publicSourceText,
} from "@/lib/queries/visibility";
import { type ProcessScope, processScope } from "./process-scope";
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type Column,
  type Scope,
  specsFor,
  type TableSpec,
} from "./tables";

export type Row = Record<string, unknown>;
export type Bundle = {
  format: typeof BUNDLE_FORMAT;
  formatVersion: typeof BUNDLE_FORMAT_VERSION;
  scope: Scope;
  /** A one-process bundle names its process (absent from a whole-data-set bundle). */
  process?: string;
  licence: { id: string; url: string };
  /** The latest change to any row in the bundle: data, not the export time, so the bytes stay the same. */
  lastUpdated: string | null;
  /** A digest of the tables: the same data always has the same version, and any change gives a new one. */
  datasetVersion: string;
  counts: Record<string, number>;
  tables: Record<string, Row[]>;
};

// The one visibility rule (lib/queries/visibility.ts), as text for these hand-built statements.
const live = (table: string) => `(select id from ${table} where ${publicRowText(table)})`;
// Events and positions of a process that is not public are not public either (the rule says so).
const publicEvent = publicEventText("events");
const publicEvents = `(select id from events where ${publicEvent})`;
const publicPosition = publicPositionText("positions");

/**
 * The public bundle keeps public rows whose parents are public too, so it
 * loads into an empty database without dangling references. A position's link
 * to an event or speaker that is not public is dropped (both columns are
 * optional and the public API hides them too).
 */
const publicSources = `(select id from sources where ${publicSourceText("sources")})`;
const publishedWhere: Record<string, string> = {
  parties: publicRowText("parties"),
  people: `${publicRowText("people")} and party_id in ${live("parties")}`,
  topics: publicRowText("topics"),
  sources: publicSourceText("sources"),
  processes: publicRowText("processes"),
  process_parties: `process_id in ${live("processes")} and party_id in ${live("parties")}`,
  process_sources: `process_id in ${live("processes")} and source_id in ${publicSources}`,
  events: publicEvent,
  event_processes: `event_id in ${publicEvents} and process_id in ${live("processes")}`,
  event_participants: `event_id in ${publicEvents} and party_id in ${live("parties")}`,
  event_people: `event_id in ${publicEvents} and person_id in (select id from people where ${publicRowText("people")} and party_id in ${live("parties")})`,
  event_sources: `event_id in ${publicEvents} and source_id in ${publicSources}`,
  positions: publicPosition,
  position_sources: `position_id in (select id from positions where ${publicPosition}) and source_id in ${publicSources}`,
};

/** Text forms that are the same on every server and keep full precision (microseconds). */
function selectExpression(table: string, col: Column, scope: Scope, narrow?: ProcessScope): string {
  const name = `"${col.column}"`;
  // A public position's link to an event or speaker that is not public (or not in the bundle) is left out.
  if (scope === "published" && table === "positions" && col.column === "event_id") {
    return `case when event_id in ${narrow?.events ?? publicEvents} then event_id::text end`;
  }
  if (scope === "published" && table === "positions" && col.column === "person_id") {
    return `case when person_id in (select id from people where ${publicRowText("people")} and party_id in ${live("parties")}) then person_id::text end`;
  }
  switch (col.kind) {
    case "uuid":
    case "bigint":
      return `${name}::text`;
    case "date":
      return `to_char(${name}, 'YYYY-MM-DD')`;
    case "timestamptz":
      return `to_char(${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    default:
      return name;
  }
}

async function exportTable(
  db: Pick<Database, "execute">,
  spec: TableSpec,
  scope: Scope,
  narrow?: ProcessScope,
): Promise<Row[]> {
  const columns = spec.columns
    .map((col, i) => `${selectExpression(spec.name, col, scope, narrow)} as c${i}`)
    .join(", ");
  const published = publishedWhere[spec.name] ?? "false";
  const only = narrow ? ` and (${narrow.where[spec.name] ?? "false"})` : "";
  const where = scope === "published" ? `where ${published}${only}` : "";
  const order = spec.primaryKey.map((k) => `"${k}"`).join(", ");
  const result = await db.execute<Record<string, unknown>>(
    sql.raw(`select ${columns} from "${spec.name}" ${where} order by ${order}`),
  );
  // Rows are rebuilt in spec order so key order never depends on the driver.
  return result.rows.map((raw) => {
    const row: Row = {};
    spec.columns.forEach((col, i) => {
      const value = raw[`c${i}`] ?? null;
      row[col.key] = col.kind === "bigint" && value !== null ? Number(value) : value;
    });
    return row;
  });
}

/**
 * The data set as one deterministic bundle: tables in load order, rows by
 * primary key, keys in spec order, no export timestamp — so the same data
 * always gives the same bytes. All reads share one snapshot.
 */
export async function buildBundle(db: Database, scope: Scope = "published"): Promise<Bundle> {
  return buildScopedBundle(db, scope, null);
}

/**
 * The published rows of one public process (see process-scope.ts), or null
 * when no public process has that slug.
 */
export async function buildProcessBundle(db: Database, processSlug: string): Promise<Bundle | null> {
  return buildScopedBundle(db, "published", processSlug);
}

async function buildScopedBundle(db: Database, scope: Scope, processSlug: null): Promise<Bundle>;
async function buildScopedBundle(db: Database, scope: Scope, processSlug: string): Promise<Bundle | null>;
async function buildScopedBundle(
  db: Database,
  scope: Scope,
  processSlug: string | null,
): Promise<Bundle | null> {
  return db.transaction(
    async (tx) => {
      let narrow: ProcessScope | undefined;
      if (processSlug !== null) {
        const found = await tx.execute<{ id: string }>(
          sql`select id::text as id from processes where slug = ${processSlug} and ${sql.raw(publicRowText("processes"))}`,
        );
        const id = found.rows[0]?.id;
        if (!id) return null;
        narrow = processScope(id, publicEvent, publicPosition);
      }
      const tables: Record<string, Row[]> = {};
      const counts: Record<string, number> = {};
      for (const spec of specsFor(scope)) {
        const rows = await exportTable(tx, spec, scope, narrow);
        tables[spec.name] = rows;
        counts[spec.name] = rows.length;
      }
      const lastUpdated =
        Object.values(tables)
          .flat()
          .map((row) => row.updatedAt)
          .filter((v): v is string => typeof v === "string")
          .sort()
          .at(-1) ?? null;
      const datasetVersion = createHash("sha256").update(JSON.stringify(tables)).digest("hex").slice(0, 16);
      return {
        format: BUNDLE_FORMAT,
        formatVersion: BUNDLE_FORMAT_VERSION,
        scope,
        ...(processSlug === null ? {} : { process: processSlug }),
        licence: dataLicence(),
        lastUpdated,
        datasetVersion,
        counts,
        tables,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** The bundle's file form: two-space JSON and a final newline. */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
