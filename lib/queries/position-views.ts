import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Database } from "@/db";
import { events, parties, people, positionSources, positions, sources, topics } from "@/db/schema";
import { isPublic } from "./visibility";

const live = isPublic;

export type PositionView = Awaited<ReturnType<typeof listPositions>>[number];

/**
 * Published positions matching `where`, oldest first in as-of order (stated_on,
 * then edit time, then id — the reverse of `compareAsOf`), with speaker, party,
 * topic, event and citations. Citations come in a second query, whatever the count.
 */
async function listPositions(db: Database, where: SQL) {
  const rows = await db
    .select({
      id: positions.id,
      statedOn: positions.statedOn,
      datePrecision: positions.datePrecision,
      kind: positions.kind,
      stance: positions.stance,
      summary: positions.summary,
      quote: positions.quote,
      updatedAt: positions.updatedAt,
      partySlug: parties.slug,
      partyName: parties.name,
      color: parties.color,
      topicSlug: topics.slug,
      topicName: topics.name,
      speakerName: people.name,
      speakerTitle: people.title,
      eventSlug: events.slug,
      eventTitle: events.title,
    })
    .from(positions)
    // Readers see only published rows, joined ones included: a draft party, topic or speaker stays hidden.
    .innerJoin(parties, and(eq(parties.id, positions.partyId), live(parties)))
    .innerJoin(topics, and(eq(topics.id, positions.topicId), live(topics)))
    .leftJoin(people, and(eq(people.id, positions.personId), live(people)))
    .leftJoin(events, and(eq(events.id, positions.eventId), isPublic(events)))
    .where(and(where, isPublic(positions)))
    .orderBy(asc(positions.statedOn), asc(positions.updatedAt), asc(positions.id));
  if (rows.length === 0) return [];
  const citations = await db
    .select({
      positionId: positionSources.positionId,
      url: sources.url,
      title: sources.title,
      outlet: sources.outlet,
      publishedOn: sources.publishedOn,
      excerpt: positionSources.excerpt,
    })
    .from(positionSources)
    .innerJoin(sources, eq(sources.id, positionSources.sourceId))
    .where(
      and(
        inArray(
          positionSources.positionId,
          rows.map((r) => r.id),
        ),
        live(sources),
      ),
    )
    .orderBy(asc(sources.publishedOn), asc(sources.title));
  return rows.map((row) => ({
    ...row,
    sources: citations.filter((c) => c.positionId === row.id).map(({ positionId: _p, ...c }) => c),
  }));
}

export async function getPositionById(db: Database, id: string): Promise<PositionView | null> {
  const [row] = await listPositions(db, eq(positions.id, id));
  return row ?? null;
}

export function listPositionsOnTopic(db: Database, topicId: string) {
  return listPositions(db, eq(positions.topicId, topicId));
}

export function listPositionsOfParty(db: Database, partyId: string) {
  return listPositions(db, eq(positions.partyId, partyId));
}

export function listPositionsAtEvent(db: Database, eventId: string) {
  return listPositions(db, eq(positions.eventId, eventId));
}
