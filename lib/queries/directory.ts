import "server-only";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { parties, people, sources, topics } from "@/db/schema";
import type { PeopleQuery, SlugOrderedQuery, SourcesQuery } from "@/lib/validation/directory-query";
import { keysetAfter, keysetPage } from "./keyset";
import { memberOfProcess } from "./process-members";
import { likePattern, textMatches } from "./text-search";
import { isPublic, isPublicSourceSql } from "./visibility";

/** Parties, people, topics and sources: the reference tables, public rows only. */

const bySlug = (table: { slug: AnyPgColumn }) => keysetAfter([{ column: table.slug, cast: "text" }]);

const partiesKey = bySlug(parties);
const peopleKey = bySlug(people);
const topicsKey = bySlug(topics);
const sourcesKey = keysetAfter([{ column: sources.id, cast: "uuid" }]);

const iso = <T extends { updatedAt: Date }>(row: T) => ({ ...row, updatedAt: row.updatedAt.toISOString() });

const partyColumns = {
  id: parties.id,
  slug: parties.slug,
  name: parties.name,
  shortName: parties.shortName,
  kind: parties.kind,
  color: parties.color,
  aliases: parties.aliases,
  description: parties.description,
  updatedAt: parties.updatedAt,
};

function partyWhere(q: { q?: string }, extra?: SQL) {
  const pattern = q.q ? likePattern(q.q) : undefined;
  return and(
    isPublic(parties),
    pattern
      ? textMatches(pattern, [parties.name, parties.shortName, parties.slug], [parties.aliases])
      : undefined,
    extra,
  );
}

export async function listPartiesPage(
  db: Database,
  q: Omit<SlugOrderedQuery, "cursor"> & { cursor?: readonly [string] },
) {
  const rows = await db
    .select(partyColumns)
    .from(parties)
    .where(
      partyWhere(
        q,
        and(partiesKey.after(q.cursor), await memberOfProcess(db, q.process, "parties", parties.id)),
      ),
    )
    .orderBy(...partiesKey.orderBy)
    .limit(q.limit + 1);
  const page = keysetPage(rows, q.limit, (r) => [r.slug]);
  return { ...page, data: page.data.map(iso) };
}

const byKey = (table: { id: AnyPgColumn; slug: AnyPgColumn }, key: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)
    ? eq(table.id, key)
    : eq(table.slug, key);

export async function getParty(db: Database, key: string) {
  const [row] = await db
    .select(partyColumns)
    .from(parties)
    .where(partyWhere({}, byKey(parties, key)))
    .limit(1);
  return row ? iso(row) : null;
}

const personColumns = {
  id: people.id,
  slug: people.slug,
  name: people.name,
  aliases: people.aliases,
  title: people.title,
  party: { slug: parties.slug, name: parties.name },
  updatedAt: people.updatedAt,
};

function personWhere(q: { q?: string; parties?: string[] }, extra?: SQL) {
  const pattern = q.q ? likePattern(q.q) : undefined;
  return and(
    isPublic(people),
    q.parties?.length ? inArray(parties.slug, q.parties) : undefined,
    pattern ? textMatches(pattern, [people.name, people.title, people.slug], [people.aliases]) : undefined,
    extra,
  );
}

function selectPeople(db: Database) {
  return db
    .select(personColumns)
    .from(people)
    .innerJoin(parties, and(eq(parties.id, people.partyId), isPublic(parties)));
}

export async function listPeoplePage(
  db: Database,
  q: Omit<PeopleQuery, "cursor"> & { cursor?: readonly [string] },
) {
  const rows = await selectPeople(db)
    .where(
      personWhere(
        q,
        and(peopleKey.after(q.cursor), await memberOfProcess(db, q.process, "people", people.id)),
      ),
    )
    .orderBy(...peopleKey.orderBy)
    .limit(q.limit + 1);
  const page = keysetPage(rows, q.limit, (r) => [r.slug]);
  return { ...page, data: page.data.map(iso) };
}

export async function getPerson(db: Database, key: string) {
  const [row] = await selectPeople(db)
    .where(personWhere({}, byKey(people, key)))
    .limit(1);
  return row ? iso(row) : null;
}

const topicColumns = {
  id: topics.id,
  slug: topics.slug,
  name: topics.name,
  description: topics.description,
  aliases: topics.aliases,
  updatedAt: topics.updatedAt,
};

function topicWhere(q: { q?: string }, extra?: SQL) {
  const pattern = q.q ? likePattern(q.q) : undefined;
  return and(
    isPublic(topics),
    pattern
      ? textMatches(pattern, [topics.name, topics.description, topics.slug], [topics.aliases])
      : undefined,
    extra,
  );
}

export async function listTopicsPage(
  db: Database,
  q: Omit<SlugOrderedQuery, "cursor"> & { cursor?: readonly [string] },
) {
  const rows = await db
    .select(topicColumns)
    .from(topics)
    .where(
      topicWhere(
        q,
        and(topicsKey.after(q.cursor), await memberOfProcess(db, q.process, "topics", topics.id)),
      ),
    )
    .orderBy(...topicsKey.orderBy)
    .limit(q.limit + 1);
  const page = keysetPage(rows, q.limit, (r) => [r.slug]);
  return { ...page, data: page.data.map(iso) };
}

export async function getTopic(db: Database, key: string) {
  const [row] = await db
    .select(topicColumns)
    .from(topics)
    .where(topicWhere({}, byKey(topics, key)))
    .limit(1);
  return row ? iso(row) : null;
}

const sourceColumns = {
  id: sources.id,
  url: sources.url,
  outlet: sources.outlet,
  title: sources.title,
  author: sources.author,
  publishedOn: sources.publishedOn,
  language: sources.language,
  archivedUrl: sources.archivedUrl,
  updatedAt: sources.updatedAt,
};

function sourceWhere(q: { q?: string }, extra?: SQL) {
  const pattern = q.q ? likePattern(q.q) : undefined;
  return and(
    isPublicSourceSql("sources"),
    pattern ? textMatches(pattern, [sources.title, sources.outlet, sources.author, sources.url]) : undefined,
    extra,
  );
}

export async function listSourcesPage(
  db: Database,
  q: Omit<SourcesQuery, "cursor"> & { cursor?: readonly [string] },
) {
  const rows = await db
    .select(sourceColumns)
    .from(sources)
    .where(
      sourceWhere(
        q,
        and(sourcesKey.after(q.cursor), await memberOfProcess(db, q.process, "sources", sources.id)),
      ),
    )
    .orderBy(...sourcesKey.orderBy)
    .limit(q.limit + 1);
  const page = keysetPage(rows, q.limit, (r) => [r.id]);
  return { ...page, data: page.data.map(iso) };
}

export async function getSource(db: Database, id: string) {
  const [row] = await db
    .select(sourceColumns)
    .from(sources)
    .where(sourceWhere({}, eq(sources.id, id)))
    .limit(1);
  return row ? iso(row) : null;
}
