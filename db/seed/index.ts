import { count } from "drizzle-orm";
import type { RevisionEntity } from "../../lib/domain";
import type { Database } from "../client";
import {
  eventParticipants,
  eventSources,
  events,
  parties,
  people,
  positionSources,
  positions,
  processes,
  processParties,
  processSources,
  revisions,
  sources,
  topics,
} from "../schema";
import {
  articleSource,
  seedEvents,
  seedParties,
  seedPeople,
  seedPositions,
  seedProcess,
  seedProcessParties,
  seedTopics,
} from "./istanbul-article";

const SEED_NOTE = "Seeded from the Press TV report of 28 March 2022.";

function lookup<T extends { slug: string; id: string }>(rows: T[], slug: string, what: string): string {
  const row = rows.find((r) => r.slug === slug);
  if (!row) throw new Error(`seed: unknown ${what} "${slug}"`);
  return row.id;
}

/**
 * Loads the seed article into an empty database, in one transaction, every row
 * published at version 1 with its first revision. Does nothing when any party
 * exists, so it is safe on every start and never touches a database in use.
 */
export async function seedIfEmpty(db: Database): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(parties);
  if ((existing?.n ?? 0) > 0) return false;

  await db.transaction(async (tx) => {
    const published = { publication: "published" as const };
    const revisionRows: { entity: RevisionEntity; entityId: string; snapshot: unknown }[] = [];

    const [source] = await tx
      .insert(sources)
      .values({ ...articleSource, ...published })
      .returning();
    if (!source) throw new Error("seed: source insert returned nothing");
    revisionRows.push({ entity: "source", entityId: source.id, snapshot: source });

    const partyRows = await tx
      .insert(parties)
      .values(seedParties.map((p) => ({ ...p, ...published })))
      .returning();
    for (const row of partyRows) revisionRows.push({ entity: "party", entityId: row.id, snapshot: row });

    const personRows = await tx
      .insert(people)
      .values(
        seedPeople.map(({ party, ...p }) => ({
          ...p,
          ...published,
          partyId: lookup(partyRows, party, "party"),
        })),
      )
      .returning();
    for (const row of personRows) revisionRows.push({ entity: "person", entityId: row.id, snapshot: row });

    const [process] = await tx
      .insert(processes)
      .values({ ...seedProcess, ...published })
      .returning();
    if (!process) throw new Error("seed: process insert returned nothing");
    const processLinks = seedProcessParties.map((p) => ({
      processId: process.id,
      partyId: lookup(partyRows, p.party, "party"),
      role: p.role,
    }));
    await tx.insert(processParties).values(processLinks);
    const processSourceLinks = [{ processId: process.id, sourceId: source.id, excerpt: null }];
    await tx.insert(processSources).values(processSourceLinks);
    revisionRows.push({
      entity: "process",
      entityId: process.id,
      snapshot: {
        ...process,
        parties: processLinks.map(({ partyId, role }) => ({ partyId, role })),
        sources: processSourceLinks.map(({ sourceId, excerpt }) => ({ sourceId, excerpt })),
      },
    });
    const processId = process.id;

    const topicRows = await tx
      .insert(topics)
      .values(seedTopics.map((t) => ({ ...t, ...published })))
      .returning();
    for (const row of topicRows) revisionRows.push({ entity: "topic", entityId: row.id, snapshot: row });

    const eventRows = await tx
      .insert(events)
      .values(
        seedEvents.map(({ participants: _p, excerpt: _e, ...e }) => ({ ...e, processId, ...published })),
      )
      .returning();
    for (const seed of seedEvents) {
      const eventId = lookup(eventRows, seed.slug, "event");
      const participants = seed.participants.map((p) => ({
        eventId,
        partyId: lookup(partyRows, p.party, "party"),
        role: p.role,
      }));
      const citation = { eventId, sourceId: source.id, excerpt: seed.excerpt };
      await tx.insert(eventParticipants).values(participants);
      await tx.insert(eventSources).values(citation);
      const row = eventRows.find((r) => r.id === eventId);
      revisionRows.push({
        entity: "event",
        entityId: eventId,
        snapshot: { ...row, participants, sources: [citation] },
      });
    }

    for (const seed of seedPositions) {
      const [row] = await tx
        .insert(positions)
        .values({
          processId,
          partyId: lookup(partyRows, seed.party, "party"),
          personId: seed.person ? lookup(personRows, seed.person, "person") : null,
          topicId: lookup(topicRows, seed.topic, "topic"),
          eventId: seed.event ? lookup(eventRows, seed.event, "event") : null,
          statedOn: seed.statedOn,
          datePrecision: seed.datePrecision,
          kind: seed.kind,
          stance: seed.stance,
          summary: seed.summary,
          quote: seed.quote,
          ...published,
        })
        .returning();
      if (!row) throw new Error("seed: position insert returned nothing");
      const citation = { positionId: row.id, sourceId: source.id, excerpt: seed.excerpt };
      await tx.insert(positionSources).values(citation);
      revisionRows.push({ entity: "position", entityId: row.id, snapshot: { ...row, sources: [citation] } });
    }

    await tx.insert(revisions).values(revisionRows.map((r) => ({ ...r, version: 1, note: SEED_NOTE })));
  });
  return true;
}
