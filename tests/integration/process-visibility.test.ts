/**
 * A draft process and a deleted one, each holding published events, positions
 * and sources that carry a marker: no public read without a process filter
 * names them, and the default process still resolves to the one public process.
 */
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import {
  eventParticipants,
  eventSources,
  events,
  positionSources,
  positions,
  processes,
  sources,
} from "../../db/schema";
import { getResource, listResource } from "../../lib/api/handlers";
import { loadComparison } from "../../lib/compare/view";
import { buildBundle, serializeBundle } from "../../lib/export/export";
import { buildAtomFeed } from "../../lib/feeds/atom";
import { buildCalendar } from "../../lib/feeds/calendar";
import { feedQuerySchema } from "../../lib/feeds/feed-query";
import { listEvents, listRecentEvents } from "../../lib/queries/events";
import { listPositionsOfParty } from "../../lib/queries/positions";
import { listPartyEvents } from "../../lib/queries/reader-pages";
import { getTimelineFacets, getTimelineWindow } from "../../lib/queries/timeline";
import { listUpcomingTalks } from "../../lib/queries/upcoming";
import { defaultProcessId } from "../../lib/services/process-default";
import { describeOnEveryServer, seedProcessId } from "../support/databases";

const MARKER = "hiddenprocmarker";

describeOnEveryServer("a process readers cannot see hides what it holds", (get) => {
  let partyId = "";

  beforeAll(async () => {
    const { db } = get();
    const ids = await db.execute<{ party: string; topic: string }>(sql`
      select (select id from parties where slug = 'ukraine') as party,
             (select id from topics order by name limit 1) as topic`);
    const { party, topic } = ids.rows[0] ?? { party: "", topic: "" };
    partyId = party;
    for (const state of ["draft", "deleted"] as const) {
      await db.transaction(async (tx) => {
        const [process] = await tx
          .insert(processes)
          .values({
            slug: `${MARKER}-${state}`,
            name: `${MARKER} ${state} talks`,
            publication: state === "draft" ? "draft" : "published",
            deletedAt: state === "deleted" ? new Date() : null,
          })
          .returning();
        const [source] = await tx
          .insert(sources)
          .values({
            url: `https://example.org/${MARKER}-${state}`,
            title: `${MARKER} source`,
            publication: "published",
          })
          .returning();
        if (!process || !source) throw new Error("insert failed");
        // Published rows under the seed's own party and topic, late in the seed's window: only the
        // process keeps them out of the lanes, the compare cells and the upcoming list.
        const [event] = await tx
          .insert(events)
          .values({
            processId: process.id,
            slug: `${MARKER}-${state}-round`,
            title: `${MARKER} round`,
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
            partyId: party,
            topicId: topic,
            statedOn: "2022-03-31",
            kind: "red_line",
            stance: "opposes",
            summary: `${MARKER} red line`,
            publication: "published",
          })
          .returning();
        if (!event || !statement) throw new Error("insert failed");
        await tx.insert(eventParticipants).values({ eventId: event.id, partyId: party, role: "delegation" });
        await tx.insert(eventSources).values({ eventId: event.id, sourceId: source.id });
        await tx.insert(positionSources).values({ positionId: statement.id, sourceId: source.id });
      });
    }
  });

  it("no unfiltered public read names the hidden processes' rows", async () => {
    const { db } = get();
    const url = (path: string) => `https://parley.example/api/v1/${path}`;
    const window = await getTimelineWindow(db, {
      parties: [],
      kinds: [],
      topics: [],
      status: [],
      from: "2022-01-01",
      to: "2022-12-31",
      lanes: "party",
      q: undefined,
    });
    const filters = feedQuerySchema.parse({});
    const comparison = await loadComparison(db, {
      a: "2022-03-01",
      b: "2022-12-31",
      parties: [],
      topics: [],
      changed: false,
    });
    const reads: Record<string, string> = {
      timeline: JSON.stringify(window),
      facets: JSON.stringify(await getTimelineFacets(db)),
      events: JSON.stringify(await listResource(db, "events", url("events?limit=100"))),
      positions: JSON.stringify(await listResource(db, "positions", url("positions?limit=100"))),
      sources: JSON.stringify(await listResource(db, "sources", url("sources?limit=100"))),
      processes: JSON.stringify(await listResource(db, "processes", url("processes"))),
      feed: buildAtomFeed(await listRecentEvents(db, filters, 50), {
        origin: "https://parley.example",
        selfUrl: "https://parley.example/feed.xml",
        title: "t",
      }),
      calendar: buildCalendar(await listEvents(db, filters), { origin: "https://parley.example", name: "c" }),
      compare: JSON.stringify(comparison),
      upcoming: JSON.stringify(await listUpcomingTalks(db, "2022-03-01", 50)),
      partyEvents: JSON.stringify(await listPartyEvents(db, partyId)),
      partyPositions: JSON.stringify(await listPositionsOfParty(db, partyId)),
      bundle: serializeBundle(await buildBundle(db, "published")),
    };
    const leaked = Object.entries(reads)
      .filter(([, text]) => text.includes(MARKER))
      .map(([what]) => what);
    console.log(
      `[process visibility ${get().serverName}] ${Object.keys(reads).length} reads checked; marker in: ${leaked.join(", ") || "none"}`,
    );
    expect(leaked).toEqual([]);
    // Asked for by name, the hidden process and its event are not found (the answer echoes only the key asked).
    expect((await getResource(db, "processes", `${MARKER}-draft`)).status).toBe(404);
    expect((await getResource(db, "processes", `${MARKER}-deleted`)).status).toBe(404);
    expect((await getResource(db, "events", `${MARKER}-draft-round`)).status).toBe(404);
    // The reads are not empty: the seed's own rows are there.
    expect(reads.events).toContain("Istanbul");
    expect(reads.compare).toContain("Ukraine");
  });

  it("the default process counts only public processes", async () => {
    const { db } = get();
    expect(await defaultProcessId(db, null)).toBe(await seedProcessId(db));
  });
});
