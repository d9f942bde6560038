import { sql } from "drizzle-orm";
import { check, date, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { datePrecisions, positionKinds, publicationStates, stances } from "../../lib/domain";
import { checkIn, editable, id } from "./columns";
import { parties, people, topics } from "./directory";
import { events } from "./events";
import { processes } from "./processes";
import { sources } from "./sources";

export const positions = pgTable(
  "positions",
  {
    id: id(),
    processId: uuid()
      .notNull()
      .references(() => processes.id, { onDelete: "restrict" }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: "restrict" }),
    personId: uuid().references(() => people.id, { onDelete: "restrict" }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: "restrict" }),
    /** For month or approximate precision, the earliest possible day: the as-of rule sorts by it. */
    statedOn: date({ mode: "string" }).notNull(),
    datePrecision: text({ enum: datePrecisions }).notNull().default("day"),
    kind: text({ enum: positionKinds }).notNull(),
    stance: text({ enum: stances }).notNull(),
    summary: text().notNull(),
    quote: text(),
    eventId: uuid().references(() => events.id, { onDelete: "set null" }),
    ...editable(),
  },
  (t) => [
    // The as-of query: latest published statement per (party, topic) with stated_on <= D.
    index("positions_as_of_idx")
      .on(t.partyId, t.topicId, t.statedOn.desc(), t.updatedAt.desc())
      .where(sql`${t.publication} = 'published' and ${t.deletedAt} is null`),
    index("positions_process_idx").on(t.processId),
    index("positions_topic_stated_on_idx").on(t.topicId, t.statedOn),
    index("positions_stated_on_idx").on(t.statedOn),
    index("positions_event_idx").on(t.eventId),
    index("positions_person_idx").on(t.personId),
    check("positions_kind_check", checkIn(t.kind, positionKinds)),
    check("positions_stance_check", checkIn(t.stance, stances)),
    check("positions_date_precision_check", checkIn(t.datePrecision, datePrecisions)),
    check("positions_publication_check", checkIn(t.publication, publicationStates)),
  ],
);

export const positionSources = pgTable(
  "position_sources",
  {
    positionId: uuid()
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    sourceId: uuid()
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    excerpt: text(),
  },
  (t) => [
    primaryKey({ columns: [t.positionId, t.sourceId] }),
    index("position_sources_source_idx").on(t.sourceId),
  ],
);

export type Position = typeof positions.$inferSelect;
export type NewPosition = typeof positions.$inferInsert;
export type PositionSource = typeof positionSources.$inferSelect;
