import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { partyKinds, publicationStates } from "../../lib/domain";
import { checkIn, editable, id } from "./columns";

export const parties = pgTable(
  "parties",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    shortName: text(),
    kind: text({ enum: partyKinds }).notNull(),
    color: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    description: text(),
    ...editable(),
  },
  (t) => [
    uniqueIndex("parties_slug_key").on(t.slug),
    check("parties_kind_check", checkIn(t.kind, partyKinds)),
    check("parties_publication_check", checkIn(t.publication, publicationStates)),
    check("parties_color_check", sql`${t.color} ~ '^#[0-9a-fA-F]{6}$'`),
    check("parties_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const people = pgTable(
  "people",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: "restrict" }),
    title: text(),
    ...editable(),
  },
  (t) => [
    uniqueIndex("people_slug_key").on(t.slug),
    index("people_party_idx").on(t.partyId),
    check("people_publication_check", checkIn(t.publication, publicationStates)),
    check("people_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const topics = pgTable(
  "topics",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    ...editable(),
  },
  (t) => [
    uniqueIndex("topics_slug_key").on(t.slug),
    check("topics_publication_check", checkIn(t.publication, publicationStates)),
    check("topics_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export type Party = typeof parties.$inferSelect;
export type NewParty = typeof parties.$inferInsert;
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
export type Topic = typeof topics.$inferSelect;
export type NewTopic = typeof topics.$inferInsert;
