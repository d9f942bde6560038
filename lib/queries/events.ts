import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  eventParticipants,
  eventPeople,
  eventSources,
  events,
  parties,
  people,
  processes,
  sources,
} from "@/db/schema";
import type { EventFilters } from "@/lib/validation/events-query";
import { citedSourceColumns } from "./citations";
import { keysetAfter, keysetPage } from "./keyset";
import { likePattern, partyAliasMatches, textMatches } from "./text-search";
import { isPublic, isPublicPositionSql, isPublicSql } from "./visibility";

const live = isPublic(events);

const eventColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  summary: events.summary,
  kind: events.kind,
  status: events.status,
  format: events.format,
  startsOn: events.startsOn,
  endsOn: events.endsOn,
  datePrecision: events.datePrecision,
  locationName: events.locationName,
  country: events.country,
  updatedAt: events.updatedAt,
  // The process it belongs to, so a list across processes says which.
  process: { slug: processes.slug, name: processes.name },
};

type EventRow = Awaited<ReturnType<typeof selectEvents>>[number];

// Inner join: a public event's process is public (the visibility rule), so it is always there.
const withProcess = eq(processes.id, events.processId);

function selectEvents(db: Database) {
  return db.select(eventColumns).from(events).innerJoin(processes, withProcess);
}

export type EventParticipantView = { partySlug: string; partyName: string; color: string; role: string };
/** A person present at an event; their party only when it is public too. */
export type EventPersonView = {
  personSlug: string;
  name: string;
  title: string | null;
  partyName: string | null;
  role: string;
};
export type CitationView = {
  sourceId: string;
  url: string | null;
  title: string;
  outlet: string | null;
  publishedOn: string | null;
  archivedUrl: string | null;
  excerpt: string | null;
};
export type EventView = Omit<EventRow, "updatedAt"> & {
  updatedAt: string;
  participants: EventParticipantView[];
  people: EventPersonView[];
  sources: CitationView[];
};

/** Heads of delegation first, then hosts, mediators, speakers, delegates and guests, as a reader scans a room. */
export const personRoleOrder = sql`array_position(array['head_of_delegation','host','mediator','speaker','delegate','guest']::text[], ${eventPeople.role})`;

/** Participants and citations for a batch of events: two queries, whatever the batch size. */
async function attachLinks(db: Database, rows: EventRow[]): Promise<EventView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [participantRows, personRows, sourceRows] = await Promise.all([
    db
      .select({
        eventId: eventParticipants.eventId,
        partySlug: parties.slug,
        partyName: parties.name,
        color: parties.color,
        role: eventParticipants.role,
      })
      .from(eventParticipants)
      .innerJoin(parties, eq(parties.id, eventParticipants.partyId))
      .where(and(inArray(eventParticipants.eventId, ids), isPublic(parties)))
      .orderBy(asc(parties.name)),
    db
      .select({
        eventId: eventPeople.eventId,
        personSlug: people.slug,
        name: people.name,
        title: people.title,
        partyName: parties.name,
        role: eventPeople.role,
      })
      .from(eventPeople)
      .innerJoin(people, eq(people.id, eventPeople.personId))
      .leftJoin(parties, and(eq(parties.id, people.partyId), isPublic(parties)))
      .where(and(inArray(eventPeople.eventId, ids), isPublic(people)))
      .orderBy(personRoleOrder, asc(people.name)),
    db
      .select({
        eventId: eventSources.eventId,
        ...citedSourceColumns,
        excerpt: eventSources.excerpt,
      })
      .from(eventSources)
      .innerJoin(sources, eq(sources.id, eventSources.sourceId))
      .where(and(inArray(eventSources.eventId, ids), isPublic(sources)))
      .orderBy(asc(sources.publishedOn), asc(sources.id)),
  ]);
  return rows.map((row) => ({
    ...row,
    updatedAt: row.updatedAt.toISOString(),
    participants: participantRows.filter((p) => p.eventId === row.id).map(({ eventId: _e, ...p }) => p),
    people: personRows.filter((p) => p.eventId === row.id).map(({ eventId: _e, ...p }) => p),
    sources: sourceRows.filter((s) => s.eventId === row.id).map(({ eventId: _e, ...s }) => s),
  }));
}

/**
 * The WHERE clause for the event filters shared by the timeline, the API, the
 * feed and the calendar. Window: an event overlaps [from, to] when it starts by
 * `to` and ends (or, without an end, starts) on or after `from`.
 */
/** Events of a public process: its own, and those linked to it as another process they concern. */
export function eventInProcess(slug: string): SQL {
  const id = sql`(select pr.id from processes pr where pr.slug = ${slug} and ${isPublicSql("pr")})`;
  return sql`(${events.processId} = ${id} or exists (select 1 from event_processes epr
    where epr.event_id = ${events.id} and epr.process_id = ${id}))`;
}

export function eventFilterWhere(filters: EventFilters): SQL | undefined {
  const pattern = filters.q ? likePattern(filters.q) : undefined;
  return and(
    live,
    filters.process ? eventInProcess(filters.process) : undefined,
    filters.to ? lte(events.startsOn, filters.to) : undefined,
    filters.from ? gte(sql`coalesce(${events.endsOn}, ${events.startsOn})`, filters.from) : undefined,
    filters.kinds?.length ? inArray(events.kind, filters.kinds) : undefined,
    filters.status?.length ? inArray(events.status, filters.status) : undefined,
    filters.parties?.length
      ? sql`exists (select 1 from event_participants ep join parties pa on pa.id = ep.party_id
          where ep.event_id = ${events.id} and ${isPublicSql("pa")} and pa.slug in (${sql.join(
            filters.parties.map((p) => sql`${p}`),
            sql`, `,
          )}))`
      : undefined,
    filters.topics?.length
      ? sql`exists (select 1 from positions po join topics t on t.id = po.topic_id
          where po.event_id = ${events.id} and ${isPublicPositionSql("po")}
          and t.slug in (${sql.join(
            filters.topics.map((t) => sql`${t}`),
            sql`, `,
          )}))`
      : undefined,
    pattern
      ? sql`(${textMatches(pattern, [events.title, events.summary, events.locationName, events.country])}
          or exists (select 1 from event_participants ep join parties pa on pa.id = ep.party_id
            where ep.event_id = ${events.id} and ${isPublicSql("pa")}
            and ${partyAliasMatches("pa", pattern)})
          or exists (select 1 from event_people ep join people pe on pe.id = ep.person_id
            where ep.event_id = ${events.id} and ${isPublicSql("pe")}
            and (pe.name ilike ${pattern}
              or exists (select 1 from unnest(pe.aliases) as alias where alias ilike ${pattern}))))`
      : undefined,
  );
}

export type EventPage = { data: EventView[]; nextCursor: readonly string[] | null };

const byStart = keysetAfter([
  { column: events.startsOn, cast: "date" },
  { column: events.id, cast: "uuid" },
]);

/**
 * One page of published events matching the filters, ordered by (starts_on, id)
 * so pages never overlap or skip when several events share a day.
 */
export async function listEventsPage(
  db: Database,
  params: EventFilters & { limit: number; cursor?: readonly [string, string] },
): Promise<EventPage> {
  const rows = await selectEvents(db)
    .where(and(eventFilterWhere(params), byStart.after(params.cursor)))
    .orderBy(...byStart.orderBy)
    .limit(params.limit + 1);
  const page = keysetPage(rows, params.limit, (r) => [r.startsOn, r.id]);
  return { data: await attachLinks(db, page.data), nextCursor: page.nextCursor };
}

/** Published events matching the filters (all by default), oldest first; at most `limit` (1,000). */
export async function listEvents(
  db: Database,
  params: EventFilters & { limit?: number },
): Promise<EventView[]> {
  return (await listEventsPage(db, { ...params, limit: params.limit ?? 1000 })).data;
}

/** The most recently created or edited published events, for the Atom feed. */
export async function listRecentEvents(db: Database, filters: EventFilters, limit: number) {
  const rows = await db
    .select({ ...eventColumns, createdAt: events.createdAt })
    .from(events)
    .innerJoin(processes, withProcess)
    .where(eventFilterWhere(filters))
    .orderBy(desc(events.updatedAt), asc(events.id))
    .limit(limit);
  const withLinks = await attachLinks(db, rows);
  return withLinks.map((event, i) => ({ ...event, createdAt: rows[i]?.createdAt ?? new Date(0) }));
}

export async function getEventBySlug(db: Database, slug: string): Promise<EventView | null> {
  const rows = await selectEvents(db)
    .where(and(live, eq(events.slug, slug)))
    .limit(1);
  const [event] = await attachLinks(db, rows);
  return event ?? null;
}

/** For the API: a published event by slug, or by id when `key` is a uuid. */
export async function getEventByKey(db: Database, key: string): Promise<EventView | null> {
  const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);
  if (!byId) return getEventBySlug(db, key);
  const rows = await selectEvents(db)
    .where(and(live, eq(events.id, key)))
    .limit(1);
  const [event] = await attachLinks(db, rows);
  return event ?? null;
}

/** The published events of the same process just before and after one, for "earlier / later" links. */
export async function getNeighbourEvents(
  db: Database,
  event: { id: string; startsOn: string; process: { slug: string } },
) {
  const columns = { slug: events.slug, title: events.title, startsOn: events.startsOn };
  const sameProcess = sql`${events.processId} = (select pr.id from processes pr where pr.slug = ${event.process.slug})`;
  const [before, after] = await Promise.all([
    db
      .select(columns)
      .from(events)
      .where(and(live, sameProcess, lt(events.startsOn, event.startsOn)))
      .orderBy(desc(events.startsOn))
      .limit(1),
    db
      .select(columns)
      .from(events)
      .where(and(live, sameProcess, gte(events.startsOn, event.startsOn), sql`${events.id} <> ${event.id}`))
      .orderBy(asc(events.startsOn), asc(events.title))
      .limit(1),
  ]);
  return { before: before[0] ?? null, after: after[0] ?? null };
}
