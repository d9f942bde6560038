import { count } from "drizzle-orm";
import type { RevisionEntity } from "../../lib/domain";
import type { Database } from "../client";
import {
  eventParticipants,
  eventSources,
  events,
  type NewEvent,
  type NewParty,
  type NewPerson,
  type NewPosition,
  type NewProcess,
  type NewSource,
  type NewTopic,
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

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Seeded rows are always published: the writer sets it, so the data sets cannot forget it. */
type Unpublished<T> = Omit<T, "publication">;
type Citation = { sourceId: string; excerpt: string | null };
type Participant = Omit<typeof eventParticipants.$inferInsert, "eventId">;
type ProcessParty = Omit<typeof processParties.$inferInsert, "processId">;

const published = { publication: "published" as const };

/**
 * The one way seed data reaches the database (the article seed and the demo
 * data set): every row published at version 1, its links written beside it,
 * and a first revision whose snapshot has the shape the services store, so
 * history and restore work on seeded rows as on edited ones.
 */
export type SeedWriter = ReturnType<typeof seedWriter>;

function seedWriter(tx: Tx) {
  const revisionRows: { entity: RevisionEntity; entityId: string; snapshot: unknown }[] = [];
  const track = <T extends { id: string }>(
    entity: RevisionEntity,
    rows: T[],
    snapshot = (row: T): unknown => row,
  ) => {
    for (const row of rows) revisionRows.push({ entity, entityId: row.id, snapshot: snapshot(row) });
    return rows;
  };
  const withPublished = <T>(rows: T[]) => rows.map((row) => ({ ...row, ...published }));

  return {
    revisionRows,
    parties: async (rows: Unpublished<NewParty>[]) =>
      track("party", await tx.insert(parties).values(withPublished(rows)).returning()),
    people: async (rows: Unpublished<NewPerson>[]) =>
      track("person", await tx.insert(people).values(withPublished(rows)).returning()),
    topics: async (rows: Unpublished<NewTopic>[]) =>
      track("topic", await tx.insert(topics).values(withPublished(rows)).returning()),
    sources: async (rows: Unpublished<NewSource>[]) =>
      track("source", await tx.insert(sources).values(withPublished(rows)).returning()),

    /** One process with the parties taking part and the sources it cites. */
    async process(row: Unpublished<NewProcess>, links: { parties: ProcessParty[]; sources: Citation[] }) {
      const [process] = await tx
        .insert(processes)
        .values({ ...row, ...published })
        .returning();
      if (!process) throw new Error("seed: process insert returned nothing");
      const partyLinks = links.parties.map((p) => ({ processId: process.id, ...p }));
      if (partyLinks.length) await tx.insert(processParties).values(partyLinks);
      const sourceLinks = links.sources.map((s) => ({ processId: process.id, ...s }));
      if (sourceLinks.length) await tx.insert(processSources).values(sourceLinks);
      track("process", [process], (r) => ({
        ...r,
        parties: partyLinks.map(({ partyId, role }) => ({ partyId, role })),
        sources: sourceLinks.map(({ sourceId, excerpt }) => ({ sourceId, excerpt })),
      }));
      return process;
    },

    /** Events with their participants and citations, matched to the inserted rows by slug. */
    async events(
      seeds: {
        row: Unpublished<NewEvent> & { slug: string };
        participants: Participant[];
        sources: Citation[];
      }[],
    ) {
      const rows = await tx
        .insert(events)
        .values(withPublished(seeds.map((s) => s.row)))
        .returning();
      const bySlug = new Map(seeds.map((s) => [s.row.slug, s]));
      const links = new Map(
        rows.map((row) => {
          const seed = bySlug.get(row.slug);
          return [
            row.id,
            {
              participants: (seed?.participants ?? []).map((p) => ({ eventId: row.id, ...p })),
              sources: (seed?.sources ?? []).map((s) => ({ eventId: row.id, ...s })),
            },
          ] as const;
        }),
      );
      const participants = [...links.values()].flatMap((l) => l.participants);
      const citations = [...links.values()].flatMap((l) => l.sources);
      if (participants.length) await tx.insert(eventParticipants).values(participants);
      if (citations.length) await tx.insert(eventSources).values(citations);
      return track("event", rows, (row) => ({ ...row, ...links.get(row.id) }));
    },

    /** Positions with their citations, matched to the inserted rows by content (RETURNING promises no order). */
    async positions(seeds: { row: Unpublished<NewPosition>; sources: Citation[] }[]) {
      const key = (p: Unpublished<NewPosition>) =>
        JSON.stringify([p.processId, p.partyId, p.topicId, p.statedOn, p.summary]);
      const pending = new Map<string, Citation[][]>();
      for (const s of seeds) pending.set(key(s.row), [...(pending.get(key(s.row)) ?? []), s.sources]);
      const rows = await tx
        .insert(positions)
        .values(withPublished(seeds.map((s) => s.row)))
        .returning();
      const citations = new Map(
        rows.map((row) => [
          row.id,
          (pending.get(key(row))?.shift() ?? []).map((c) => ({ positionId: row.id, ...c })),
        ]),
      );
      const all = [...citations.values()].flat();
      if (all.length) await tx.insert(positionSources).values(all);
      return track("position", rows, (row) => ({ ...row, sources: citations.get(row.id) ?? [] }));
    },
  };
}

/**
 * Runs `fill` in one transaction on an empty database (no party yet) and
 * writes the first revision of every row it created, with `note`. Returns
 * false, writing nothing, when any party exists: a seed never mixes into a
 * database that holds other data.
 */
export async function seedEmptyDatabase(
  db: Database,
  note: string,
  fill: (writer: SeedWriter) => Promise<void>,
): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(parties);
  if ((existing?.n ?? 0) > 0) return false;
  await db.transaction(async (tx) => {
    const writer = seedWriter(tx);
    await fill(writer);
    await tx.insert(revisions).values(writer.revisionRows.map((r) => ({ ...r, version: 1, note })));
  });
  return true;
}
