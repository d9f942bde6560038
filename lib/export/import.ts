import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { idMatcher } from "./id-matching";
import { rowSchema } from "./row-schemas";
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type Column,
  type Scope,
  specsFor,
  type TableSpec,
} from "./tables";
import { upgradeV1 } from "./upgrade";

export type RowError = { table: string; index: number | null; field: string | null; message: string };
export type ImportResult =
  | { ok: true; counts: Record<string, number> }
  | { ok: false; errors: RowError[]; truncated: boolean };
export type Progress = (table: string, done: number, total: number) => void;

const MAX_ERRORS = 500;

const envelope = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  scope: z.enum(["published", "all"]),
  counts: z.record(z.string(), z.number().int().min(0)),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/** A bundle from before processes: checked as it was, then upgraded (see upgrade.ts). */
const envelopeV1 = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  scope: z.enum(["published", "all"]),
  counts: z.record(z.string(), z.number().int().min(0)),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

type Checked = { scope: Scope; tables: { spec: TableSpec; rows: Record<string, unknown>[] }[] };

/** Validates the whole bundle before anything is written: every row, every field. */
export function checkBundle(raw: unknown): { ok: true; value: Checked } | { ok: false; errors: RowError[] } {
  const old = envelopeV1.safeParse(raw);
  const input = old.success ? upgradeV1(old.data) : raw;
  const top = envelope.safeParse(input);
  if (!top.success) {
    return {
      ok: false,
      errors: top.error.issues.map((i) => ({
        table: "(bundle)",
        index: null,
        field: i.path.join(".") || null,
        message: i.message,
      })),
    };
  }
  const specs = specsFor(top.data.scope);
  const errors: RowError[] = [];
  for (const name of Object.keys(top.data.tables)) {
    if (!specs.some((s) => s.name === name)) {
      errors.push({
        table: name,
        index: null,
        field: null,
        message: `Unknown table for a ${top.data.scope} bundle`,
      });
    }
  }
  const tables: Checked["tables"] = [];
  for (const spec of specs) {
    const rows = top.data.tables[spec.name] ?? [];
    if (top.data.counts[spec.name] !== rows.length) {
      errors.push({
        table: spec.name,
        index: null,
        field: "counts",
        message: `counts says ${top.data.counts[spec.name] ?? "nothing"}, the table has ${rows.length} rows`,
      });
    }
    const schema = rowSchema(spec);
    const valid: Record<string, unknown>[] = [];
    rows.forEach((row, index) => {
      const parsed = schema.safeParse(row);
      if (parsed.success) valid.push(parsed.data);
      else
        for (const issue of parsed.error.issues) {
          errors.push({
            table: spec.name,
            index,
            field: issue.path.join(".") || null,
            message: issue.message,
          });
        }
    });
    tables.push({ spec, rows: valid });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { scope: top.data.scope, tables } };
}

function valueSql(col: Column, value: unknown): SQL {
  if (value === null || value === undefined) return sql`null`;
  switch (col.kind) {
    case "jsonb":
      return sql`${JSON.stringify(value)}::jsonb`;
    case "textArray":
      // sql.param keeps the array one parameter; a bare array would expand into a row.
      return sql`${sql.param(value)}::text[]`;
    case "timestamptz":
      return sql`${value}::timestamptz`;
    case "date":
      return sql`${value}::date`;
    case "uuid":
      return sql`${value}::uuid`;
    default:
      return sql`${value}`;
  }
}

/** INSERT … ON CONFLICT (primary key) DO UPDATE: the bundle's row wins, ids and versions kept. */
function upsertSql(spec: TableSpec, row: Record<string, unknown>): SQL {
  // Columns a public bundle leaves out (editors' ids) stay as they are in the database.
  const present = spec.columns.filter((col) => col.key in row);
  const names = sql.raw(present.map((col) => `"${col.column}"`).join(", "));
  const values = sql.join(
    present.map((col) => valueSql(col, row[col.key])),
    sql`, `,
  );
  const updates = present.filter((col) => !spec.primaryKey.includes(col.column));
  const conflict = sql.raw(spec.primaryKey.map((k) => `"${k}"`).join(", "));
  const action = updates.length
    ? sql.raw(
        `do update set ${updates.map((col) => `"${col.column}" = excluded."${col.column}"`).join(", ")}`,
      )
    : sql.raw("do nothing");
  return sql`insert into ${sql.identifier(spec.name)} (${names}) values (${values}) on conflict (${conflict}) ${action}`;
}

class RowFailure extends Error {
  constructor(readonly rowError: RowError) {
    super(rowError.message);
  }
}

/**
 * Loads a bundle in one transaction: all rows or none. Validation errors are
 * reported per row and field; a database refusal (a duplicate slug, a missing
 * parent) names the row that caused it, and rolls everything back.
 */
export async function importBundle(
  db: Database,
  input: unknown,
  onProgress?: Progress,
): Promise<ImportResult> {
  const checked = checkBundle(input);
  if (!checked.ok) {
    return {
      ok: false,
      errors: checked.errors.slice(0, MAX_ERRORS),
      truncated: checked.errors.length > MAX_ERRORS,
    };
  }
  const counts: Record<string, number> = {};
  try {
    await db.transaction(async (tx) => {
      const resolve = idMatcher();
      for (const { spec, rows } of checked.value.tables) {
        for (const [index, row] of rows.entries()) {
          try {
            await tx.execute(upsertSql(spec, await resolve(tx, spec.name, row)));
          } catch (error) {
            const cause = (error as { cause?: { message?: string; constraint?: string } }).cause;
            throw new RowFailure({
              table: spec.name,
              index,
              field: cause?.constraint ?? null,
              message: cause?.message ?? (error instanceof Error ? error.message : String(error)),
            });
          }
          if ((index + 1) % 500 === 0) onProgress?.(spec.name, index + 1, rows.length);
        }
        onProgress?.(spec.name, rows.length, rows.length);
        counts[spec.name] = rows.length;
      }
      if (checked.value.tables.some((t) => t.spec.name === "revisions" && t.rows.length > 0)) {
        // Explicit ids bypass the sequence; move it past them so the next revision gets a fresh id.
        await tx.execute(
          sql`select setval(pg_get_serial_sequence('revisions', 'id'), (select max(id) from revisions))`,
        );
      }
    });
  } catch (error) {
    if (error instanceof RowFailure) return { ok: false, errors: [error.rowError], truncated: false };
    throw error;
  }
  return { ok: true, counts };
}
