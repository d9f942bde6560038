import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db";
import { events, parties, people, positionSources, positions, sources, topics } from "@/db/schema";

/** One published position, flattened as the timeline panel and PositionList show it (with party colour). */
export async function getPositionById(db: Database, id: string) {
  const [row] = await db
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
      eventSlug: events.slug,
      eventTitle: events.title,
    })
    .from(positions)
    .innerJoin(parties, eq(parties.id, positions.partyId))
    .innerJoin(topics, eq(topics.id, positions.topicId))
    .leftJoin(people, eq(people.id, positions.personId))
    .leftJoin(
      events,
      and(eq(events.id, positions.eventId), eq(events.publication, "published"), isNull(events.deletedAt)),
    )
    .where(and(eq(positions.id, id), eq(positions.publication, "published"), isNull(positions.deletedAt)))
    .limit(1);
  if (!row) return null;
  const citations = await db
    .select({
      url: sources.url,
      title: sources.title,
      outlet: sources.outlet,
      publishedOn: sources.publishedOn,
      archivedUrl: sources.archivedUrl,
      excerpt: positionSources.excerpt,
    })
    .from(positionSources)
    .innerJoin(sources, eq(sources.id, positionSources.sourceId))
    .where(and(eq(positionSources.positionId, id), isNull(sources.deletedAt)));
  return { ...row, sources: citations };
}

export type PositionDetail = NonNullable<Awaited<ReturnType<typeof getPositionById>>>;
