import { integer, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key shared by every editable table: uuids survive export/import and merging. */
export const id = () => uuid().primaryKey().defaultRandom();

/**
 * Columns every editable row carries: publication state, the optimistic-lock
 * version, who and when, and a soft-delete mark. User ids are text because the
 * auth library owns the user table.
 */
export const editable = () => ({
  publication: text().notNull().default("draft"),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdBy: text(),
  updatedBy: text(),
  deletedAt: timestamp({ withTimezone: true }),
});
