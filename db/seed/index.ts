import type { Database } from "../client";
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
import { seedEmptyDatabase } from "./writer";

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
  return seedEmptyDatabase(db, SEED_NOTE, async (seed) => {
    const [source] = await seed.sources([articleSource]);
    if (!source) throw new Error("seed: source insert returned nothing");
    const cite = (excerpt: string | null) => [{ sourceId: source.id, excerpt }];
    const partyRows = await seed.parties(seedParties);
    const party = (slug: string) => lookup(partyRows, slug, "party");
    const personRows = await seed.people(
      seedPeople.map(({ party: slug, ...p }) => ({ ...p, partyId: party(slug) })),
    );
    const process = await seed.process(seedProcess, {
      parties: seedProcessParties.map((p) => ({ partyId: party(p.party), role: p.role })),
      sources: cite(null),
    });
    const topicRows = await seed.topics(seedTopics);
    const eventRows = await seed.events(
      seedEvents.map(({ participants, excerpt, ...e }) => ({
        row: { ...e, processId: process.id },
        participants: participants.map((p) => ({ partyId: party(p.party), role: p.role })),
        sources: cite(excerpt),
      })),
    );
    await seed.positions(
      seedPositions.map(({ party: partySlug, person, topic, event, excerpt, ...p }) => ({
        row: {
          ...p,
          processId: process.id,
          partyId: party(partySlug),
          personId: person ? lookup(personRows, person, "person") : null,
          topicId: lookup(topicRows, topic, "topic"),
          eventId: event ? lookup(eventRows, event, "event") : null,
        },
        sources: cite(excerpt),
      })),
    );
  });
}
