import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import type { Database } from "@/db";
import {
  eventParticipants,
  eventSources,
  events,
  parties,
  people,
  positionSources,
  positions,
  sources,
  topics,
} from "@/db/schema";

const live = and(eq(events.publication, "published"), isNull(events.deletedAt));

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
};

type EventRow = Awaited<ReturnType<typeof selectEvents>>[number];

function selectEvents(db: Database) {
  return db.select(eventColumns).from(events);
}

export type EventParticipantView = { partySlug: string; partyName: string; color: string; role: string };
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
  sources: CitationView[];
};

/** Participants and citations for a batch of events: two queries, whatever the batch size. */
async function attachLinks(db: Database, rows: EventRow[]): Promise<EventView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [participantRows, sourceRows] = await Promise.all([
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
      .where(and(inArray(eventParticipants.eventId, ids), isNull(parties.deletedAt)))
      .orderBy(asc(parties.name)),
    db
      .select({
        eventId: eventSources.eventId,
        sourceId: sources.id,
        url: sources.url,
        title: sources.title,
        outlet: sources.outlet,
        publishedOn: sources.publishedOn,
        archivedUrl: sources.archivedUrl,
        excerpt: eventSources.excerpt,
      })
      .from(eventSources)
      .innerJoin(sources, eq(sources.id, eventSources.sourceId))
      .where(and(inArray(eventSources.eventId, ids), isNull(sources.deletedAt)))
      .orderBy(asc(sources.publishedOn)),
  ]);
  return rows.map((row) => ({
    ...row,
    updatedAt: row.updatedAt.toISOString(),
    participants: participantRows.filter((p) => p.eventId === row.id).map(({ eventId: _e, ...p }) => p),
    sources: sourceRows.filter((s) => s.eventId === row.id).map(({ eventId: _e, ...s }) => s),
  }));
}

/**
 * Published events overlapping [from, to] (either end optional), oldest first.
 * An event overlaps when it starts by `to` and ends (or, without an end, starts) on or after `from`.
 */
export async function listEvents(
  db: Database,
  params: { from?: string; to?: string; limit?: number },
): Promise<EventView[]> {
  const rows = await selectEvents(db)
    .where(
      and(
        live,
        params.to ? lte(events.startsOn, params.to) : undefined,
        params.from ? gte(sql`coalesce(${events.endsOn}, ${events.startsOn})`, params.from) : undefined,
      ),
    )
    .orderBy(asc(events.startsOn), asc(events.title))
    .limit(params.limit ?? 1000);
  return attachLinks(db, rows);
}

export async function getEventBySlug(db: Database, slug: string): Promise<EventView | null> {
  const rows = await selectEvents(db)
    .where(and(live, eq(events.slug, slug)))
    .limit(1);
  const [event] = await attachLinks(db, rows);
  return event ?? null;
}

/** The published events just before and after one, for "earlier / later" links. */
export async function getNeighbourEvents(db: Database, event: { id: string; startsOn: string }) {
  const columns = { slug: events.slug, title: events.title, startsOn: events.startsOn };
  const [before, after] = await Promise.all([
    db
      .select(columns)
      .from(events)
      .where(and(live, lt(events.startsOn, event.startsOn)))
      .orderBy(desc(events.startsOn))
      .limit(1),
    db
      .select(columns)
      .from(events)
      .where(and(live, gte(events.startsOn, event.startsOn), sql`${events.id} <> ${event.id}`))
      .orderBy(asc(events.startsOn), asc(events.title))
      .limit(1),
  ]);
  return { before: before[0] ?? null, after: after[0] ?? null };
}

/** Published positions stated at one event, with speaker, topic and citations. */
export async function listPositionsAtEvent(db: Database, eventId: string) {
  const rows = await db
    .select({
      id: positions.id,
      statedOn: positions.statedOn,
      datePrecision: positions.datePrecision,
      kind: positions.kind,
      stance: positions.stance,
      summary: positions.summary,
      quote: positions.quote,
      partySlug: parties.slug,
      partyName: parties.name,
      color: parties.color,
      topicSlug: topics.slug,
      topicName: topics.name,
      speakerName: people.name,
      speakerTitle: people.title,
    })
    .from(positions)
    .innerJoin(parties, eq(parties.id, positions.partyId))
    .innerJoin(topics, eq(topics.id, positions.topicId))
    .leftJoin(people, eq(people.id, positions.personId))
    .where(
      and(
        eq(positions.eventId, eventId),
        eq(positions.publication, "published"),
        isNull(positions.deletedAt),
      ),
    )
    .orderBy(asc(parties.name), asc(topics.name));
  const citations = rows.length
    ? await db
        .select({
          positionId: positionSources.positionId,
          url: sources.url,
          title: sources.title,
          outlet: sources.outlet,
          excerpt: positionSources.excerpt,
        })
        .from(positionSources)
        .innerJoin(sources, eq(sources.id, positionSources.sourceId))
        .where(
          inArray(
            positionSources.positionId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((row) => ({ ...row, sources: citations.filter((c) => c.positionId === row.id) }));
}
