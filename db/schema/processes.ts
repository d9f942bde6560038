import { sql } from "drizzle-orm";
import { check, date, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { processPartyRoles, processStatuses, publicationStates } from "../../lib/domain";
import { checkIn, editable, id } from "./columns";
import { parties } from "./directory";
import { sources } from "./sources";

/** A peace process: one negotiation that events and positions belong to (PA-X and UCDP organise data the same way). */
export const processes = pgTable(
  "processes",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    summary: text().notNull().default(""),
    /** The conflict the process belongs to, as free text ("Russia–Ukraine war"). */
    conflict: text(),
    startedOn: date({ mode: "string" }),
    status: text({ enum: processStatuses }).notNull().default("active"),
    ...editable(),
  },
  (t) => [
    uniqueIndex("processes_slug_key").on(t.slug),
    check("processes_status_check", checkIn(t.status, processStatuses)),
    check("processes_publication_check", checkIn(t.publication, publicationStates)),
    check("processes_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

/** The parties of a process and the part each plays; a mediator may belong to several processes. */
export const processParties = pgTable(
  "process_parties",
  {
    processId: uuid()
      .notNull()
      .references(() => processes.id, { onDelete: "cascade" }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: "restrict" }),
    role: text({ enum: processPartyRoles }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.partyId] }),
    index("process_parties_party_idx").on(t.partyId),
    check("process_parties_role_check", checkIn(t.role, processPartyRoles)),
  ],
);

export const processSources = pgTable(
  "process_sources",
  {
    processId: uuid()
      .notNull()
      .references(() => processes.id, { onDelete: "cascade" }),
    sourceId: uuid()
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    excerpt: text(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.sourceId] }),
    index("process_sources_source_idx").on(t.sourceId),
  ],
);

export type Process = typeof processes.$inferSelect;
export type NewProcess = typeof processes.$inferInsert;
export type ProcessParty = typeof processParties.$inferSelect;
export type ProcessSource = typeof processSources.$inferSelect;
