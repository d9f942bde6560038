/**
 * Two processes loaded, checked from outside: a second published process whose
 * every row (party, person, topic, source, events, positions, summary) carries
 * a secret marker, then every public page and GET route — the same walk as
 * visibility.spec.ts — requested with `?process=<the seed's process>` and the
 * seed's own keys. No answer may name the other process's rows, and none may
 * be a 5xx. The other process's name stays unmarked: pickers list every
 * process by design.
 */
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { and, eq, isNull } from "drizzle-orm";
import {
  eventParticipants,
  eventPeople,
  eventSources,
  events,
  parties,
  people,
  positionSources,
  positions,
  processes,
  processParties,
  processSources,
  sources,
  topics,
} from "../db/schema";
import { e2eDatabase } from "./support/db";
import { csvFiles, publicRouteTemplates } from "./support/public-routes";

const secret = `otherproc${randomBytes(4).toString("hex")}`;
const seed = { process: "", keys: {} as Record<string, string> };
const created = { process: "", slug: "", party: "", person: "", topic: "", source: "" };
// The home page before the second process exists: with one process it reads as it always did.
let homeWithOneProcess = "";

test.describe("one process's reads name nothing of another", () => {
  test.beforeAll(async ({ playwright }, testInfo) => {
    const context = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    homeWithOneProcess = await (await context.get("/")).text();
    await context.dispose();
    const { db: database, pool } = e2eDatabase();
    try {
      await database.transaction(async (db) => {
        const [event] = await db
          .select({ slug: events.slug, processId: events.processId })
          .from(events)
          .where(and(eq(events.publication, "published"), isNull(events.deletedAt)))
          .limit(1);
        const [process] = event
          ? await db.select().from(processes).where(eq(processes.id, event.processId))
          : [];
        const [statement] = event
          ? await db
              .select({ id: positions.id, topicId: positions.topicId })
              .from(positions)
              .where(
                and(
                  eq(positions.processId, event.processId),
                  eq(positions.publication, "published"),
                  isNull(positions.deletedAt),
                ),
              )
              .limit(1)
          : [];
        const [topic] = statement
          ? await db.select({ slug: topics.slug }).from(topics).where(eq(topics.id, statement.topicId))
          : [];
        const [person] = await db
          .select({ slug: people.slug })
          .from(people)
          .where(eq(people.publication, "published"))
          .limit(1);
        const [cited] = statement
          ? await db
              .select({ id: positionSources.sourceId })
              .from(positionSources)
              .where(eq(positionSources.positionId, statement.id))
              .limit(1)
          : [];
        if (!event || !process || !statement || !topic || !person || !cited)
          throw new Error("the seed is missing");
        seed.process = process.slug;
        // The key each [segment] takes, by the collection its path names.
        seed.keys = {
          events: event.slug,
          items: event.slug,
          processes: process.slug,
          positions: statement.id,
          parties: "ukraine",
          topics: topic.slug,
          people: person.slug,
          sources: cited.id,
        };

        const [other] = await db
          .insert(processes)
          .values({
            slug: `isolation-check-${randomBytes(3).toString("hex")}`,
            name: "Isolation check talks",
            summary: `${secret} summary of the other process`,
            conflict: `${secret} conflict`,
            publication: "published",
          })
          .returning();
        const [party] = await db
          .insert(parties)
          .values({
            slug: `${secret}-party`,
            name: `${secret} party`,
            kind: "state",
            color: "#123456",
            publication: "published",
          })
          .returning();
        if (!other || !party) throw new Error("insert failed");
        const [speaker] = await db
          .insert(people)
          .values({
            slug: `${secret}-person`,
            name: `${secret} envoy`,
            partyId: party.id,
            publication: "published",
          })
          .returning();
        const [subject] = await db
          .insert(topics)
          .values({ slug: `${secret}-topic`, name: `${secret} topic`, publication: "published" })
          .returning();
        const [source] = await db
          .insert(sources)
          .values({
            url: `https://example.org/${secret}`,
            title: `${secret} source`,
            outlet: `${secret} outlet`,
            publication: "published",
          })
          .returning();
        if (!speaker || !subject || !source) throw new Error("insert failed");
        Object.assign(created, {
          process: other.id,
          slug: other.slug,
          party: party.id,
          person: speaker.id,
          topic: subject.id,
          source: source.id,
        });
        // Turkey mediates both processes: its page lists the two.
        const [turkey] = await db.select({ id: parties.id }).from(parties).where(eq(parties.slug, "turkey"));
        if (!turkey) throw new Error("the seed has no Turkey");
        await db.insert(processParties).values([
          { processId: other.id, partyId: party.id, role: "negotiating_party" },
          { processId: other.id, partyId: turkey.id, role: "mediator" },
        ]);
        await db.insert(processSources).values({ processId: other.id, sourceId: source.id });
        // Held and scheduled rounds inside the seed's months, so a date filter alone would not keep them out.
        const rounds = await db
          .insert(events)
          .values(
            (["held", "scheduled"] as const).map((status, i) => ({
              processId: other.id,
              slug: `${secret}-round-${i}`,
              title: `${secret} round ${i}`,
              summary: `${secret} event summary`,
              kind: "talks" as const,
              status,
              startsOn: status === "held" ? "2022-03-30" : "2099-01-15",
              locationName: `${secret} place`,
              publication: "published" as const,
            })),
          )
          .returning();
        for (const round of rounds) {
          await db
            .insert(eventParticipants)
            .values({ eventId: round.id, partyId: party.id, role: "delegation" });
          await db.insert(eventPeople).values({ eventId: round.id, personId: speaker.id, role: "delegate" });
          await db
            .insert(eventSources)
            .values({ eventId: round.id, sourceId: source.id, excerpt: `${secret} excerpt` });
        }
        const [line] = await db
          .insert(positions)
          .values({
            processId: other.id,
            partyId: party.id,
            personId: speaker.id,
            topicId: subject.id,
            eventId: rounds[0]?.id,
            statedOn: "2022-03-30",
            kind: "red_line",
            stance: "opposes",
            summary: `${secret} red line`,
            quote: `${secret} quote`,
            publication: "published",
          })
          .returning();
        if (!line) throw new Error("insert failed");
        await db
          .insert(positionSources)
          .values({ positionId: line.id, sourceId: source.id, excerpt: "excerpt" });
      });
    } finally {
      await pool.end();
    }
  });

  // The other process is published: later specs of the same run must find the seed as it was.
  test.afterAll(async () => {
    if (!created.process) return;
    const { db: database, pool } = e2eDatabase();
    try {
      await database.transaction(async (db) => {
        await db.delete(positions).where(eq(positions.processId, created.process));
        await db.delete(events).where(eq(events.processId, created.process));
        await db.delete(processes).where(eq(processes.id, created.process));
        await db.delete(people).where(eq(people.id, created.person));
        await db.delete(parties).where(eq(parties.id, created.party));
        await db.delete(topics).where(eq(topics.id, created.topic));
        await db.delete(sources).where(eq(sources.id, created.source));
      });
      const left = await database
        .select({ id: processes.id })
        .from(processes)
        .where(eq(processes.id, created.process));
      expect(left).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  test("the home page lists the processes once there are two; with one it had no list", async ({
    request,
  }) => {
    expect(homeWithOneProcess).toContain("Peace talks timeline");
    expect(homeWithOneProcess).not.toContain('id="processes-heading"');
    const home = await (await request.get("/")).text();
    expect(home).toContain('id="processes-heading"');
    const list = home.slice(
      home.indexOf('id="processes-heading"'),
      home.indexOf('id="timeline-list-heading"'),
    );
    for (const text of [
      "Russia–Ukraine talks (2022)",
      "Isolation check talks",
      `${secret} party`,
      `${secret} round 0`, // its latest round
      `${secret} round 1`, // its next talks
    ])
      expect(list, text).toContain(text);
    // Picking a process drops the list and keeps the timeline to it.
    expect(await (await request.get(`/?process=${seed.process}`)).text()).not.toContain(
      'id="processes-heading"',
    );
  });

  test("a process page: summary, parties and their parts, red lines as of today, events, talks ahead, feeds", async ({
    request,
  }) => {
    const page = await (await request.get(`/processes/${created.slug}`)).text();
    for (const text of [
      `${secret} summary of the other process`,
      `${secret} party`,
      "Turkey",
      "Mediator",
      `${secret} red line`,
      `${secret} round 0`,
      `${secret} round 1`,
      `/feed.xml?process=${created.slug}`,
      `/calendar.ics?process=${created.slug}`,
    ])
      expect(page, text).toContain(text);
    expect(page).not.toContain("Istanbul");
  });

  test("views across processes say which process each row belongs to", async ({ request }) => {
    const turkey = await (await request.get("/parties/turkey")).text();
    expect(turkey).toContain("Isolation check talks");
    expect(turkey).toMatch(/Russia–Ukraine talks \(2022\)/);
    expect(turkey).toContain("Mediator");
    // A search spanning both: the other process's round is labelled with its process.
    const search = await (await request.get(`/?q=${secret}&from=2022-01-01&to=2022-12-31`)).text();
    expect(search).toMatch(/data-testid="item-process"[^>]*>[^<]*(<!-- -->)?[^<]*Isolation check talks/);
  });

  test("every public route filtered to the seed's process leaves the other out", async ({ request }) => {
    test.setTimeout(180_000);
    // The fixture is visible where it should be, so its absence below means something.
    for (const url of ["/api/v1/events?limit=100", `/?process=${created.slug}`, "/feed.xml"]) {
      expect((await (await request.get(url)).text()).toLowerCase(), url).toContain(secret);
    }

    const templates = await publicRouteTemplates(request);
    expect(templates).toEqual(
      expect.arrayContaining(["/compare", "/embed", "/api/v1/processes", "/data/parley.json"]),
    );
    const expand = (template: string): string[] => {
      const match = template.match(/\[(\.\.\.)?(\w+)\]/);
      if (!match) return [template];
      if (template.includes("/data/csv/")) return csvFiles.map((f) => template.replace(match[0], f));
      const collection = template.slice(0, match.index).split("/").filter(Boolean).at(-1) ?? "";
      const key = seed.keys[collection];
      if (!key) throw new Error(`no seed key for ${template}: add one`);
      return expand(template.replace(match[0], encodeURIComponent(key)));
    };
    const leaks: string[] = [];
    let requests = 0;
    for (const template of templates) {
      for (const url of expand(template)) {
        const target = `${url}?process=${seed.process}`;
        const response = await request.get(target, { maxRedirects: 0 });
        requests++;
        if (response.status() >= 500) leaks.push(`${response.status()} ${target}`);
        if ((await response.text()).toLowerCase().includes(secret)) leaks.push(`other process in ${target}`);
      }
    }
    console.log(
      `[process isolation] ${templates.length} routes, ${requests} requests, ${leaks.length} leaks`,
    );
    expect(leaks).toEqual([]);
  });
});
