import { count, like } from "drizzle-orm";
import type { Database } from "../client";
import { processes } from "../schema";
import {
  DEMO_NOTE,
  DEMO_SLUG_PREFIX,
  demoParties,
  demoProcesses,
  demoTopics,
  generateDemo,
} from "./demo-data";
import { seedEmptyDatabase } from "./writer";

const slugMap = <T extends { id: string }>(rows: T[], keyOf: (row: T) => string) =>
  new Map(rows.map((r) => [keyOf(r), r.id]));

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
  const { events: demoEvents, positions: demoPositions } = generateDemo();
  return seedEmptyDatabase(db, DEMO_NOTE, async (seed) => {
    const partyId = slugMap(
      await seed.parties(demoParties.map(({ leader: _l, title: _t, ...p }) => p)),
      (r) => r.slug,
    );
    const personRows = await seed.people(
      demoParties.map((p) => ({
        slug: `${p.slug}-${p.leader.toLowerCase().replace(/\s+/g, "-")}`,
        name: p.leader,
        title: p.title,
        partyId: idOf(partyId, p.slug),
      })),
    );
    const leaderOf = new Map(personRows.map((r) => [r.partyId, r.id]));
    const topicId = slugMap(
      await seed.topics(demoTopics.map((t) => ({ ...t, description: `${t.name} (demo topic).` }))),
      (r) => r.slug,
    );
    const urls = [
      ...new Set([...demoEvents.map((e) => e.sourceUrl), ...demoPositions.map((p) => p.sourceUrl)]),
    ];
    const sourceId = slugMap(
      await seed.sources(
        urls.map((url, i) => ({
          url,
          outlet: i % 2 ? "Demo Wire" : "The Synthetic Gazette",
          title: `Demo source: ${url.slice("https://example.org/demo/".length)}`,
          language: "en",
        })),
      ),
      (r) => r.url ?? "",
    );
    const cite = (url: string) => [{ sourceId: idOf(sourceId, url), excerpt: "Synthetic demo excerpt." }];

    const processId = new Map<string, string>();
    for (const { parties: links, topics: _t, place: _pl, ...p } of demoProcesses) {
      const row = await seed.process(
        {
          ...p,
          aliases: [],
          summary: `${p.name.replace(/^Demo: /, "")}: a fictional peace process. ${DEMO_NOTE}`,
        },
        { parties: links.map((l) => ({ partyId: idOf(partyId, l.party), role: l.role })), sources: [] },
      );
      processId.set(row.slug, row.id);
    }

    const eventId = slugMap(
      await seed.events(
        demoEvents.map(({ participants, sourceUrl, process, ...e }) => ({
          row: { ...e, processId: idOf(processId, process) },
          participants: participants.map((p) => ({ partyId: idOf(partyId, p.party), role: p.role })),
          sources: cite(sourceUrl),
        })),
      ),
      (r) => r.slug,
    );
    await seed.positions(
      demoPositions.map(({ process, party, topic, event, sourceUrl, ...p }, i) => ({
        row: {
          ...p,
          processId: idOf(processId, process),
          partyId: idOf(partyId, party),
          personId: i % 2 ? (leaderOf.get(idOf(partyId, party)) ?? null) : null,
          topicId: idOf(topicId, topic),
          eventId: event ? idOf(eventId, event) : null,
        },
        sources: cite(sourceUrl),
      })),
    );
  });
}
