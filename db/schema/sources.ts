import { sql } from "drizzle-orm";
import { check, date, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { publicationStates } from "../../lib/domain";
import { checkIn, editable, id } from "./columns";

export const sources = pgTable(
  "sources",
  {
    id: id(),
    /** Normalized by lib/urls before it is stored; null only for a named document with no public link. */
    url: text(),
    outlet: text(),
    title: text().notNull(),
    author: text(),
    publishedOn: date({ mode: "string" }),
    language: text(),
    archivedUrl: text(),
    ...editable(),
  },
  (t) => [
    uniqueIndex("sources_url_key").on(t.url),
    check("sources_url_scheme_check", sql`${t.url} is null or ${t.url} ~ '^https?://[^\\s]+$'`),
    check(
      "sources_archived_url_scheme_check",
      sql`${t.archivedUrl} is null or ${t.archivedUrl} ~ '^https?://[^\\s]+$'`,
    ),
    check("sources_publication_check", checkIn(t.publication, publicationStates)),
  ],
);

export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
