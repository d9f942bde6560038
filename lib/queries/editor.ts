import "server-only";
import { asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events, parties, people, positions, sources, topics } from "@/db/schema";
import { columnsOf } from "./columns";
import { likePattern, textMatches } from "./text-search";
import { isNotDeleted } from "./visibility";

/** The editor lists' search box: nothing when empty, else a case-insensitive match on the given columns. */
function searchWhere(q: string | undefined, match: (pattern: string) => SQL): SQL | undefined {
  // `q` comes through the search-text schema (lib/validation/search-text.ts): already trimmed.
  return q ? match(likePattern(q)) : undefined;
}

/** Every event, drafts and deleted ones included (editors see all); `q` searches title, summary and place. */
export async function listEventsForEditors(db: Database, q?: string) {
  return db
    .select(columnsOf(events, "id", "slug", "title", "startsOn", "publication", "version", "deletedAt"))
    .from(events)
    .where(searchWhere(q, (p) => textMatches(p, [events.title, events.summary, events.locationName])))
    .orderBy(desc(events.updatedAt))
    .limit(200);
}

/** Parties or topics a form may pick, drafts included, by name. */
function directoryOptions(db: Database, table: typeof parties | typeof topics) {
  return db
    .select({ id: table.id, name: table.name, aliases: table.aliases, publication: table.publication })
    .from(table as typeof parties)
    .where(isNotDeleted(table))
    .orderBy(asc(table.name));
}

export const listPartyOptions = (db: Database) => directoryOptions(db, parties);

export async function listSourceOptions(db: Database) {
  return db
    .select(columnsOf(sources, "id", "title", "outlet", "url", "publishedOn"))
    .from(sources)
    .where(isNotDeleted(sources))
    .orderBy(desc(sources.createdAt));
}

/** Every position, drafts and deleted ones included, with the names an editor scans for. */
export async function listPositionsForEditors(db: Database, q?: string) {
  return db
    .select({
      ...columnsOf(positions, "id", "statedOn", "summary", "kind"),
      party: parties.name,
      topic: topics.name,
      ...columnsOf(positions, "publication", "version", "deletedAt"),
    })
    .from(positions)
    .innerJoin(parties, eq(parties.id, positions.partyId))
    .innerJoin(topics, eq(topics.id, positions.topicId))
    .where(
      searchWhere(q, (p) => textMatches(p, [positions.summary, positions.quote, parties.name, topics.name])),
    )
    .orderBy(desc(positions.updatedAt))
    .limit(200);
}

/** Speakers carry their party so the form can offer only the chosen party's people. */
export async function listPersonOptions(db: Database) {
  return db
    .select(columnsOf(people, "id", "name", "title", "partyId", "aliases", "publication"))
    .from(people)
    .where(isNotDeleted(people))
    .orderBy(asc(people.name));
}

export const listTopicOptions = (db: Database) => directoryOptions(db, topics);

export async function listEventOptions(db: Database) {
  return db
    .select({
      ...columnsOf(events, "id", "title", "startsOn", "locationName", "publication", "datePrecision"),
      // What a position stated there starts from: the event's parties (speakers first) and sources.
      partyIds: sql<string[]>`array(select ep.party_id::text from event_participants ep
        join parties pa on pa.id = ep.party_id where ep.event_id = ${events.id}
        order by (ep.role in ('speaker', 'delegation')) desc, pa.name)`,
      sourceIds: sql<string[]>`array(select es.source_id::text from event_sources es
        where es.event_id = ${events.id} order by es.source_id)`,
    })
    .from(events)
    .where(isNotDeleted(events))
    .orderBy(desc(events.startsOn));
}

/** Every party, person or topic, drafts and deleted ones included, newest edits first. */
export async function listDirectoryForEditors(db: Database, kind: "party" | "person" | "topic") {
  if (kind === "person")
    return db
      .select({
        ...columnsOf(people, "id", "name", "aliases"),
        detail: parties.name,
        ...columnsOf(people, "publication", "version", "deletedAt"),
      })
      .from(people)
      .innerJoin(parties, eq(parties.id, people.partyId))
      .orderBy(asc(people.name));
  const table = kind === "party" ? parties : topics;
  return db
    .select({
      id: table.id,
      name: table.name,
      aliases: table.aliases,
      detail: kind === "party" ? parties.kind : topics.slug,
      publication: table.publication,
      version: table.version,
      deletedAt: table.deletedAt,
    })
    .from(table as typeof parties)
    .orderBy(asc(table.name));
}

/** Every source, deleted ones included, with how many events and positions cite it. */
export async function listSourcesForEditors(db: Database, q?: string) {
  return db
    .select({
      ...columnsOf(sources, "id", "title", "outlet", "url", "publishedOn", "version", "deletedAt"),
      citations: sql<number>`(select count(*) from event_sources es where es.source_id = ${sources.id})::int
        + (select count(*) from position_sources ps where ps.source_id = ${sources.id})::int`,
    })
    .from(sources)
    .where(
      searchWhere(q, (p) => textMatches(p, [sources.title, sources.outlet, sources.url, sources.author])),
    )
    .orderBy(desc(sources.updatedAt))
    .limit(500);
}
