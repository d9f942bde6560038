import { count, like } from "drizzle-orm";
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
  revisions,
  sources,
  topics,
} from "../schema";
import {
  DEMO_NOTE,
  DEMO_SLUG_PREFIX,
  demoParties,
  demoProcesses,
  demoTopics,
  generateDemo,
} from "./demo-data";

const published = { publication: "published" as const };

function idOf(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo: unknown "${key}"`);
  return id;
}

/** Whether the database holds the demo data set (its processes are the only `demo-` ones). */
export async function hasDemoData(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(processes)
    .where(like(processes.slug, `${DEMO_SLUG_PREFIX}%`));
  return (row?.n ?? 0) > 0;
}

/**
 * Loads the synthetic demo data set into an empty database in one
 * transaction: every row published at version 1 with a first revision, every
 * event and position citing an example.org/demo source. Does nothing when any
 * party exists, so it never mixes into a database that holds other data.
 */
export async function loadDemoIfEmpty(db: Database): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(parties);
  if ((existing?.n ?? 0) > 0) return false;
  const { events: demoEvents, positions: demoPositions } = generateDemo();

  await db.transaction(async (tx) => {
    const revisionRows: { entity: RevisionEntity; entityId: string; snapshot: unknown }[] = [];
    const track = <T extends { id: string }>(entity: RevisionEntity, rows: T[]) => {
      for (const row of rows) revisionRows.push({ entity, entityId: row.id, snapshot: row });
    };

    const partyRows = await tx
      .insert(parties)
      .values(demoParties.map(({ leader: _l, title: _t, ...p }) => ({ ...p, ...published })))
      .returning();
    track("party", partyRows);
    const partyId = new Map(partyRows.map((r) => [r.slug, r.id]));
    const personRows = await tx
      .insert(people)
      .values(
        demoParties.map((p) => ({
          slug: `${p.slug}-${p.leader.toLowerCase().replace(/\s+/g, "-")}`,
          name: p.leader,
          title: p.title,
          partyId: idOf(partyId, p.slug),
          ...published,
        })),
      )
      .returning();
    track("person", personRows);
    const leaderOf = new Map(personRows.map((r) => [r.partyId, r.id]));
    const topicRows = await tx
      .insert(topics)
      .values(demoTopics.map((t) => ({ ...t, description: `${t.name} (demo topic).`, ...published })))
      .returning();
    track("topic", topicRows);
    const topicId = new Map(topicRows.map((r) => [r.slug, r.id]));

    const urls = [
      ...new Set([...demoEvents.map((e) => e.sourceUrl), ...demoPositions.map((p) => p.sourceUrl)]),
    ];
    const sourceRows = await tx
      .insert(sources)
      .values(
        urls.map((url, i) => ({
          url,
          outlet: i % 2 ? "Demo Wire" : "The Synthetic Gazette",
          title: `Demo source: ${url.slice("https://example.org/demo/".length)}`,
          language: "en",
          ...published,
        })),
      )
      .returning();
    track("source", sourceRows);
    const sourceId = new Map(sourceRows.map((r) => [r.url ?? "", r.id]));

    const processRows = await tx
      .insert(processes)
      .values(
        demoProcesses.map(({ parties: _p, topics: _t, place: _pl, ...p }) => ({
          ...p,
          aliases: [],
          summary: `${p.name.replace(/^Demo: /, "")}: a fictional peace process. ${DEMO_NOTE}`,
          ...published,
        })),
      )
      .returning();
    const processId = new Map(processRows.map((r) => [r.slug, r.id]));
    for (const row of processRows) {
      const spec = demoProcesses.find((p) => p.slug === row.slug);
      const links = (spec?.parties ?? []).map((p) => ({
        processId: row.id,
        partyId: idOf(partyId, p.party),
        role: p.role,
      }));
      await tx.insert(processParties).values(links);
      revisionRows.push({
        entity: "process",
        entityId: row.id,
        snapshot: { ...row, parties: links.map(({ partyId, role }) => ({ partyId, role })), sources: [] },
      });
    }

    const eventRows = await tx
      .insert(events)
      .values(
        demoEvents.map(({ participants: _p, sourceUrl: _s, process, ...e }) => ({
          ...e,
          processId: idOf(processId, process),
          ...published,
        })),
      )
      .returning();
    const eventId = new Map(eventRows.map((r) => [r.slug, r.id]));
    const participants = demoEvents.flatMap((e) =>
      e.participants.map((p) => ({
        eventId: idOf(eventId, e.slug),
        partyId: idOf(partyId, p.party),
        role: p.role,
      })),
    );
    await tx.insert(eventParticipants).values(participants);
    const eventCitations = demoEvents.map((e) => ({
      eventId: idOf(eventId, e.slug),
      sourceId: idOf(sourceId, e.sourceUrl),
      excerpt: "Synthetic demo excerpt.",
    }));
    await tx.insert(eventSources).values(eventCitations);
    for (const row of eventRows) {
      revisionRows.push({
        entity: "event",
        entityId: row.id,
        snapshot: {
          ...row,
          participants: participants.filter((p) => p.eventId === row.id),
          sources: eventCitations.filter((c) => c.eventId === row.id),
        },
      });
    }

    const positionRows = await tx
      .insert(positions)
      .values(
        demoPositions.map(({ process, party, topic, event, sourceUrl: _s, ...p }, i) => ({
          ...p,
          processId: idOf(processId, process),
          partyId: idOf(partyId, party),
          personId: i % 2 ? (leaderOf.get(idOf(partyId, party)) ?? null) : null,
          topicId: idOf(topicId, topic),
          eventId: event ? idOf(eventId, event) : null,
          ...published,
        })),
      )
      .returning();
    // Matched by content, not by position: RETURNING promises no order.
    const key = (processId: string, summary: string) => `${processId}|${summary}`;
    const urlOf = new Map(
      demoPositions.map((p) => [key(idOf(processId, p.process), p.summary), p.sourceUrl]),
    );
    const positionCitations = positionRows.map((row) => ({
      positionId: row.id,
      sourceId: idOf(sourceId, urlOf.get(key(row.processId, row.summary)) ?? ""),
      excerpt: "Synthetic demo excerpt.",
    }));
    await tx.insert(positionSources).values(positionCitations);
    for (const [i, row] of positionRows.entries()) {
      revisionRows.push({
        entity: "position",
        entityId: row.id,
        snapshot: { ...row, sources: [positionCitations[i]] },
      });
    }

    await tx.insert(revisions).values(revisionRows.map((r) => ({ ...r, version: 1, note: DEMO_NOTE })));
  });
  return true;
}
