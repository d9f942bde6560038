import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { eventParticipants, events, parties, processes, topics } from "@/db/schema";
import { isPublic } from "./visibility";

const publishedParty = isPublic(parties);

export async function getPartyBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({
      id: parties.id,
      slug: parties.slug,
      name: parties.name,
      color: parties.color,
      kind: parties.kind,
      description: parties.description,
    })
    .from(parties)
    .where(and(publishedParty, eq(parties.slug, slug)))
    .limit(1);
  return row ?? null;
}

export async function getTopicBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({ id: topics.id, slug: topics.slug, name: topics.name, description: topics.description })
    .from(topics)
    .where(and(isPublic(topics), eq(topics.slug, slug)))
    .limit(1);
  return row ?? null;
}

/** Published events a party took part in, across processes, oldest first, with its role (one row per role) and the event's process. */
export function listPartyEvents(db: Database, partyId: string) {
  return db
    .select({
      slug: events.slug,
      title: events.title,
      kind: events.kind,
      status: events.status,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      datePrecision: events.datePrecision,
      role: eventParticipants.role,
      process: { slug: processes.slug, name: processes.name },
    })
    .from(eventParticipants)
    .innerJoin(events, eq(events.id, eventParticipants.eventId))
    .innerJoin(processes, eq(processes.id, events.processId))
    .where(and(eq(eventParticipants.partyId, partyId), isPublic(events)))
    .orderBy(asc(events.startsOn), asc(events.title));
}
