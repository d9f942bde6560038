/**
 * Two processes loaded: every public read filtered to one carries no marker of
 * the other — the timeline, its facets, the events and positions API, the
 * processes, parties, people, topics and sources lists, feeds and the calendar.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import {
  eventParticipants,
  eventSources,
  events,
  parties,
  positionSources,
  positions,
  processes,
  processParties,
  sources,
  topics,
} from "../../db/schema";
import { seedProcess } from "../../db/seed/istanbul-article";
import { getResource, listResource } from "../../lib/api/handlers";
import { exportRows, toCsv } from "../../lib/compare/export";
import { comparisonPayload } from "../../lib/compare/payload";
import { loadComparison } from "../../lib/compare/view";
import { buildAtomFeed } from "../../lib/feeds/atom";
import { buildCalendar } from "../../lib/feeds/calendar";
import { feedQuerySchema } from "../../lib/feeds/feed-query";
import { getEventBySlug, getNeighbourEvents, listEvents, listRecentEvents } from "../../lib/queries/events";
import { listProcessesOfParty } from "../../lib/queries/processes";
import { getTimelineFacets, getTimelineWindow } from "../../lib/queries/timeline";
import { listUpcomingTalks } from "../../lib/queries/upcoming";
import { describeOnEveryServer } from "../support/databases";

const MARKER = "zqxmarker";
const other = `${MARKER}-process`;
// Strings only the seed process holds.
const seedMarkers = ["Istanbul", "Gomel", "Zelensky"];

describeOnEveryServer("two processes stay apart", (get) => {
  beforeAll(async () => {
    await get().db.transaction(async (tx) => {
      const [process] = await tx
        .insert(processes)
        .values({
          slug: other,
          name: `${MARKER} talks`,
          summary: `${MARKER} summary`,
          publication: "published",
        })
        .returning();
      const [party] = await tx
        .insert(parties)
        .values({
          slug: `${MARKER}-party`,
          name: `${MARKER} party`,
          kind: "state",
          color: "#123456",
          publication: "published",
        })
        .returning();
      const [topic] = await tx
        .insert(topics)
        .values({ slug: `${MARKER}-topic`, name: `${MARKER} topic`, publication: "published" })
        .returning();
      const [source] = await tx
        .insert(sources)
        .values({ url: `https://example.org/${MARKER}`, title: `${MARKER} source`, publication: "published" })
        .returning();
      if (!process || !party || !topic || !source) throw new Error("insert failed");
      // Turkey mediates both: the seed's process and this one.
      const [turkey] = await tx.select().from(parties).where(eq(parties.slug, "turkey"));
      if (!turkey) throw new Error("the seed has no Turkey");
      await tx.insert(processParties).values([
        { processId: process.id, partyId: party.id, role: "negotiating_party" },
        { processId: process.id, partyId: turkey.id, role: "mediator" },
      ]);
      // Inside the seed's window, so a date filter alone would not keep it out.
      const [event] = await tx
        .insert(events)
        .values({
          processId: process.id,
          slug: `${MARKER}-round`,
          title: `${MARKER} round`,
          summary: `${MARKER} event summary`,
          kind: "talks",
          status: "scheduled",
          startsOn: "2022-03-30",
          publication: "published",
        })
        .returning();
      const [statement] = await tx
        .insert(positions)
        .values({
          processId: process.id,
          partyId: party.id,
          topicId: topic.id,
          statedOn: "2022-03-27",
          kind: "red_line",
          stance: "opposes",
          summary: `${MARKER} red line`,
          publication: "published",
        })
        .returning();
      if (!event || !statement) throw new Error("insert failed");
      await tx.insert(eventParticipants).values({ eventId: event.id, partyId: party.id, role: "delegation" });
      await tx.insert(eventSources).values({ eventId: event.id, sourceId: source.id });
      await tx.insert(positionSources).values({ positionId: statement.id, sourceId: source.id });
    });
  });

  /** Every public read of one process, as text. */
  async function readsOf(process: string): Promise<Record<string, string>> {
    const { db } = get();
    const url = (path: string) => `https://parley.example/api/v1/${path}`;
    const window = await getTimelineWindow(db, {
      process,
      parties: [],
      kinds: [],
      topics: [],
      status: [],
      from: "2022-01-01",
      to: "2022-12-31",
      lanes: "party",
      q: undefined,
    });
    const feedFilters = feedQuerySchema.parse({ process });
    const recent = await listRecentEvents(db, feedFilters, 50);
    const all = await listEvents(db, feedFilters);
    const comparison = await loadComparison(db, {
      process,
      a: "2022-02-01",
      b: "2022-12-31",
      parties: [],
      topics: [],
      changed: false,
    });
    return {
      compare: JSON.stringify(comparisonPayload(comparison, "https://parley.example")),
      compareCsv: toCsv(exportRows(comparison, "https://parley.example")),
      quickPicks: JSON.stringify(comparison.rounds),
      upcoming: JSON.stringify(await listUpcomingTalks(db, "2022-03-01", 50, process)),
      timeline: JSON.stringify(window),
      // The process picker lists every process by design; the lanes, topics and span are the process's.
      facets: JSON.stringify({ ...(await getTimelineFacets(db, process)), processes: [] }),
      events: JSON.stringify(await listResource(db, "events", url(`events?process=${process}`))),
      positions: JSON.stringify(await listResource(db, "positions", url(`positions?process=${process}`))),
      process: JSON.stringify(await getResource(db, "processes", process)),
      // The reference lists keep the parties, people, topics and sources the process's rows point at.
      ...Object.fromEntries(
        await Promise.all(
          (["processes", "parties", "people", "topics", "sources"] as const).map(async (name) => [
            `${name}List`,
            JSON.stringify(await listResource(db, name, url(`${name}?process=${process}&limit=100`))),
          ]),
        ),
      ),
      feed: buildAtomFeed(recent, {
        origin: "https://parley.example",
        selfUrl: "https://parley.example/feed.xml",
        title: "t",
      }),
      calendar: buildCalendar(all, { origin: "https://parley.example", name: "c" }),
    };
  }

  it("filtered to the seed process, no read names the other", async () => {
    const reads = await readsOf(seedProcess.slug);
    for (const [what, text] of Object.entries(reads)) {
      expect(text, what).not.toContain(MARKER);
      expect(text.length, what).toBeGreaterThan(20);
    }
    expect(reads.events).toContain("Istanbul");
    expect(reads.compare).toContain("Ukraine");
    // Quick picks come from the process's events of every kind, not only talks rounds.
    expect(reads.quickPicks).toContain('"kind":"call"');
    console.log(
      `[isolation ${get().serverName}] seed process reads: ${Object.entries(reads)
        .map(([k, v]) => `${k} ${v.length}B`)
        .join(", ")}; marker found in none`,
    );
  });

  it("filtered to the other process, no read names the seed's rows", async () => {
    const reads = await readsOf(other);
    for (const [what, text] of Object.entries(reads)) {
      for (const marker of seedMarkers) expect(text, `${what} ${marker}`).not.toContain(marker);
    }
    expect(reads.events).toContain(`${MARKER} round`);
    expect(reads.timeline).toContain(`${MARKER} red line`);
    expect(reads.compare).toContain(`${MARKER} red line`);
    expect(reads.quickPicks).toContain(`${MARKER} round`);
    // Its scheduled round is its next talks, as in its calendar.
    expect(reads.upcoming).toContain(`${MARKER} round`);
    expect(reads.calendar).toContain(`${MARKER} round`);
    for (const name of ["processes", "parties", "topics", "sources"])
      expect(reads[`${name}List`], name).toContain(MARKER);
  });

  it("a search across processes says which process each result belongs to", async () => {
    const window = await getTimelineWindow(get().db, {
      parties: [],
      kinds: [],
      topics: [],
      status: [],
      from: "2022-01-01",
      to: "2022-12-31",
      lanes: "party",
      q: undefined,
    });
    const processOf = (title: string) => window.items.find((i) => i.title.includes(title))?.process;
    expect(processOf(`${MARKER} round`)).toBe(other);
    expect(processOf(`${MARKER} red line`)).toBe(other);
    expect(processOf("Istanbul")).toBe(seedProcess.slug);
  });

  it("every event and position the API lists names its process", async () => {
    const { db } = get();
    const url = (path: string) => `https://parley.example/api/v1/${path}`;
    for (const name of ["events", "positions"] as const) {
      const list = await listResource(db, name, url(`${name}?limit=200`));
      const rows = (list.body as { data: { process?: { slug: string; name: string } }[] }).data;
      expect(rows.length, name).toBeGreaterThan(1);
      const slugs = new Set(rows.map((r) => r.process?.slug));
      expect([...slugs].sort(), name).toEqual([seedProcess.slug, other].sort());
      expect(JSON.stringify(rows)).toContain(`"name":"${MARKER} talks"`);
    }
  });

  it("an event's earlier and later links stay in its process", async () => {
    const { db } = get();
    // The other process's round (30 March) falls between the seed's Istanbul talks and its next event.
    const istanbul = await getEventBySlug(db, "istanbul-talks-2022-03-29");
    const round = await getEventBySlug(db, `${MARKER}-round`);
    if (!istanbul || !round) throw new Error("fixture missing");
    const seedSide = await getNeighbourEvents(db, istanbul);
    expect(JSON.stringify(seedSide)).not.toContain(MARKER);
    const otherSide = await getNeighbourEvents(db, round);
    expect(otherSide).toEqual({ before: null, after: null });
  });

  it("a party's processes: a mediator of both lists both, with its part in each", async () => {
    const { db } = get();
    const idOf = async (slug: string) =>
      (await db.select({ id: parties.id }).from(parties).where(eq(parties.slug, slug)))[0]?.id ?? "";
    const turkey = await listProcessesOfParty(db, await idOf("turkey"));
    expect(turkey.map((p) => [p.slug, p.role]).sort()).toEqual(
      [
        [seedProcess.slug, "mediator"],
        [other, "mediator"],
      ].sort(),
    );
    const ukraine = await listProcessesOfParty(db, await idOf("ukraine"));
    expect(ukraine.map((p) => [p.slug, p.role])).toEqual([[seedProcess.slug, "negotiating_party"]]);
  });

  it("without a process filter the lists span both", async () => {
    const { db } = get();
    const both = JSON.stringify(
      await listResource(db, "events", "https://parley.example/api/v1/events?limit=100"),
    );
    expect(both).toContain(MARKER);
    expect(both).toContain("Istanbul");
    const list = await listResource(db, "processes", "https://parley.example/api/v1/processes");
    expect(list.status).toBe(200);
    const [row] = await db.select().from(processes).where(eq(processes.slug, other));
    expect(row?.slug).toBe(other);
    const n = await db.execute<{ n: number }>(sql`select count(*)::int as n from processes`);
    expect(JSON.stringify(list.body)).toContain(seedProcess.slug);
    expect((list.body as { data: unknown[] }).data).toHaveLength(n.rows[0]?.n ?? -1);
  });
});
