import "server-only";
import { and, asc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { events, parties, people, positionSources, positions, processes, sources, topics } from "@/db/schema";
import type { PositionsQuery } from "@/lib/validation/directory-query";
import { citedSourceColumns } from "./citations";
import { keysetAfter, keysetPage } from "./keyset";
import { likePattern, textMatches } from "./text-search";
import { isPublic, isPublicSql } from "./visibility";

/** Every read of published positions: the API, the reader pages and the timeline's details panel. */

// Joined rows must be public too: a published position never reveals a draft speaker or event.
const speaker = alias(people, "speaker");
const atEvent = alias(events, "at_event");

function selectPositions(db: Database) {
  return db
    .select({
      id: positions.id,
      statedOn: positions.statedOn,
      datePrecision: positions.datePrecision,
      kind: positions.kind,
      stance: positions.stance,
      summary: positions.summary,
      quote: positions.quote,
      updatedAt: positions.updatedAt,
      party: { slug: parties.slug, name: parties.name, color: parties.color },
      topic: { slug: topics.slug, name: topics.name },
      // The process it belongs to, so a list across processes (a mediator's page) says which.
      process: { slug: processes.slug, name: processes.name },
      personSlug: speaker.slug,
      personName: speaker.name,
      personTitle: speaker.title,
      eventSlug: atEvent.slug,
      eventTitle: atEvent.title,
    })
    .from(positions)
    .innerJoin(parties, and(eq(parties.id, positions.partyId), isPublic(parties)))
    .innerJoin(topics, and(eq(topics.id, positions.topicId), isPublic(topics)))
    .innerJoin(processes, eq(processes.id, positions.processId))
    .leftJoin(speaker, and(eq(speaker.id, positions.personId), isPublic(speaker)))
    .leftJoin(atEvent, and(eq(atEvent.id, positions.eventId), isPublic(atEvent)));
}

type PositionRow = Awaited<ReturnType<ReturnType<typeof selectPositions>["execute"]>>[number];

function positionWhere(q: Partial<Omit<PositionsQuery, "cursor">>): SQL | undefined {
  const pattern = q.q ? likePattern(q.q) : undefined;
  return and(
    isPublic(positions),
    q.process
      ? sql`${positions.processId} = (select pr.id from processes pr where pr.slug = ${q.process} and ${isPublicSql("pr")})`
      : undefined,
    q.from ? gte(positions.statedOn, q.from) : undefined,
    q.to ? lte(positions.statedOn, q.to) : undefined,
    q.parties?.length ? inArray(parties.slug, q.parties) : undefined,
    q.topics?.length ? inArray(topics.slug, q.topics) : undefined,
    q.kinds?.length ? inArray(positions.kind, q.kinds) : undefined,
    q.stances?.length ? inArray(positions.stance, q.stances) : undefined,
    pattern
      ? textMatches(
          pattern,
          [positions.summary, positions.quote, parties.name, parties.shortName, topics.name, speaker.name],
          [parties.aliases, topics.aliases, speaker.aliases],
        )
      : undefined,
  );
}

/** Citations come in a second query, whatever the count of rows. */
async function withCitations(db: Database, rows: PositionRow[]) {
  const citations = rows.length
    ? await db
        .select({
          positionId: positionSources.positionId,
          ...citedSourceColumns,
          excerpt: positionSources.excerpt,
        })
        .from(positionSources)
        .innerJoin(sources, and(eq(sources.id, positionSources.sourceId), isPublic(sources)))
        .where(
          inArray(
            positionSources.positionId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(sources.publishedOn), asc(sources.title), asc(sources.id))
    : [];
  return rows.map(({ personSlug, personName, personTitle, eventSlug, eventTitle, updatedAt, ...row }) => ({
    ...row,
    person: personSlug && personName ? { slug: personSlug, name: personName, title: personTitle } : null,
    event: eventSlug && eventTitle ? { slug: eventSlug, title: eventTitle } : null,
    updatedAt: updatedAt.toISOString(),
    sources: citations.filter((c) => c.positionId === row.id).map(({ positionId: _p, ...c }) => c),
  }));
}

/** A published position as readers and API clients get it: party, topic, speaker, event, citations. */
export type PositionView = Awaited<ReturnType<typeof withCitations>>[number];

const byStatedOn = keysetAfter([
  { column: positions.statedOn, cast: "date" },
  { column: positions.id, cast: "uuid" },
]);

/** One page of published positions, ordered by (stated_on, id). */
export async function listPositionsPage(
  db: Database,
  q: Omit<PositionsQuery, "cursor"> & { cursor?: readonly [string, string] },
): Promise<{ data: PositionView[]; nextCursor: readonly string[] | null }> {
  const rows = await selectPositions(db)
    .where(and(positionWhere(q), byStatedOn.after(q.cursor)))
    .orderBy(...byStatedOn.orderBy)
    .limit(q.limit + 1);
  const page = keysetPage(rows, q.limit, (r) => [r.statedOn, r.id]);
  return { data: await withCitations(db, page.data), nextCursor: page.nextCursor };
}

/** One published position by id, or null when unknown, draft, deleted or under a hidden party or topic. */
export async function getPosition(db: Database, id: string): Promise<PositionView | null> {
  const rows = await selectPositions(db)
    .where(and(positionWhere({}), eq(positions.id, id)))
    .limit(1);
  const [row] = await withCitations(db, rows);
  return row ?? null;
}

/** Published positions matching `where`, in as-of order (stated_on, then edit time, then id). */
async function listPositionsWhere(db: Database, where: SQL) {
  const rows = await selectPositions(db)
    .where(and(positionWhere({}), where))
    .orderBy(asc(positions.statedOn), asc(positions.updatedAt), asc(positions.id));
  return withCitations(db, rows);
}

export const listPositionsOnTopic = (db: Database, topicId: string) =>
  listPositionsWhere(db, eq(positions.topicId, topicId));

export const listPositionsOfParty = (db: Database, partyId: string) =>
  listPositionsWhere(db, eq(positions.partyId, partyId));

export const listPositionsAtEvent = (db: Database, eventId: string) =>
  listPositionsWhere(db, eq(positions.eventId, eventId));
