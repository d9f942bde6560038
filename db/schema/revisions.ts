import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { revisionEntities } from "../../lib/domain";
import { checkIn } from "./columns";

/** One saved version of an editable row: a full snapshot, so any two can be compared or restored. */
export const revisions = pgTable(
  "revisions",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    entity: text({ enum: revisionEntities }).notNull(),
    entityId: uuid().notNull(),
    version: integer().notNull(),
    snapshot: jsonb().notNull(),
    userId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    note: text(),
    /** Marked by the editor; published rows show corrections publicly. */
    isCorrection: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex("revisions_entity_version_key").on(t.entity, t.entityId, t.version),
    index("revisions_created_at_idx").on(t.createdAt),
    check("revisions_entity_check", checkIn(t.entity, revisionEntities)),
  ],
);

export type Revision = typeof revisions.$inferSelect;
export type NewRevision = typeof revisions.$inferInsert;
