import { type SQL, sql } from "drizzle-orm";
import { type AnyPgColumn, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { publicationStates } from "../../lib/domain/records";

/**
 * `column IN (...)` for a CHECK constraint over one of the vocabularies in
 * lib/domain: `text({ enum })` types the column in TypeScript only, the
 * constraint makes the database refuse anything else too.
 */
export function checkIn(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`;
}

/** Primary key shared by every editable table: uuids survive export/import and merging. */
export const id = () => uuid().primaryKey().defaultRandom();

/**
 * Columns every editable row carries: publication state, the optimistic-lock
 * version, who and when, and a soft-delete mark. User ids are text because the
 * auth library owns the user table.
 */
export const editable = () => ({
  publication: text({ enum: publicationStates }).notNull().default("draft"),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdBy: text(),
  updatedBy: text(),
  deletedAt: timestamp({ withTimezone: true }),
});
