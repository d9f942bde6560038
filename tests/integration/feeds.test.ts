import { and, eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { expect, it } from "vitest";
import { events, revisions } from "../../db/schema";
import { buildAtomFeed } from "../../lib/feeds/atom";
import { buildCalendar } from "../../lib/feeds/calendar";
import { feedQuerySchema } from "../../lib/feeds/feed-query";
import { listRecentCorrections } from "../../lib/queries/corrections";
import { listEvents, listRecentEvents } from "../../lib/queries/events";
import { describeOnEveryServer } from "../support/databases";

const origin = "https://parley.example";
const filters = (query: string) => feedQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));

describeOnEveryServer("Atom feed and iCalendar", (get) => {
  async function atom(query: string) {
    const events = await listRecentEvents(get().db, filters(query), 50);
    const xml = buildAtomFeed(events, { origin, selfUrl: `${origin}/feed.xml?${query}`, title: "t" });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ["entry", "link", "category"].includes(name),
    }).parse(xml);
    return { xml, feed: parsed.feed as { id: string; updated: string; entry?: Record<string, unknown>[] } };
  }

  it("parses as Atom with one entry per published event and absolute links", async () => {
    const { feed, xml } = await atom("");
    expect(feed.entry?.length).toBe(7);
    for (const entry of feed.entry ?? []) {
      const links = entry.link as { "@_href": string }[];
      expect(links[0]?.["@_href"]).toMatch(/^https:\/\/parley\.example\/events\/[a-z0-9-]+$/);
      expect(String(entry.id)).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false);
    }
    // Same data, same bytes: the ETag stays put between polls.
    expect((await atom("")).xml).toBe(xml);
  });

  it("lists corrections of published events as their own entries", async () => {
    const { db } = get();
    const [event] = await db.select().from(events).where(eq(events.slug, "istanbul-talks-2022-03-29"));
    if (!event) throw new Error("seed event missing");
    await db.insert(revisions).values({
      entity: "event",
      entityId: event.id,
      version: 2,
      snapshot: { title: event.title },
      note: "The end date was 30 March, not 31.",
      isCorrection: true,
    });
    const corrections = await listRecentCorrections(db, filters("party=turkey"), 20);
    expect(corrections.map((c) => c.slug)).toEqual(["istanbul-talks-2022-03-29"]);
    expect(await listRecentCorrections(db, filters("party=belarus"), 20)).toEqual([]);
    const xml = buildAtomFeed([], { origin, selfUrl: `${origin}/feed.xml`, title: "t", corrections });
    const entry = new XMLParser().parse(xml).feed.entry;
    expect(entry.title).toBe("Correction: Russia–Ukraine talks in Istanbul");
    expect(entry.summary).toBe("The end date was 30 March, not 31.");
    await db.delete(revisions).where(and(eq(revisions.entityId, event.id), eq(revisions.version, 2)));
  });

  it("filters by party, topic and kind", async () => {
    const slugs = async (q: string) =>
      ((await atom(q)).feed.entry ?? [])
        .map((e) => (e.link as { "@_href": string }[])[0]?.["@_href"].split("/").at(-1))
        .sort();
    expect(await slugs("party=turkey")).toEqual([
      "erdogan-putin-call-2022-03-27",
      "istanbul-talks-2022-03-29",
    ]);
    expect(await slugs("party=ukraine&topic=neutral-status")).toEqual([
      "zelensky-remarks-russian-journalists-2022-03-27",
    ]);
    expect(await slugs("kind=talks")).toEqual(["gomel-talks-2022-02-28", "istanbul-talks-2022-03-29"]);
    expect(feedQuerySchema.safeParse({ kind: "party" }).success).toBe(false);
  });

  it("parses as iCalendar with stable UIDs, status, location, URL and exclusive all-day ends", async () => {
    const events = await listEvents(get().db, filters(""));
    const text = buildCalendar(events, { origin, name: "Parley" });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevents = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(events.length);
    const bySlug = (slug: string) =>
      vevents.find((e) => e.component.getFirstPropertyValue("url") === `${origin}/events/${slug}`);
    const istanbul = bySlug("istanbul-talks-2022-03-29");
    const source = events.find((e) => e.slug === "istanbul-talks-2022-03-29");
    expect(istanbul?.uid).toBe(`${source?.id}@parley`);
    expect(istanbul?.location).toBe("Istanbul, Turkey");
    expect(istanbul?.startDate.toString()).toBe("2022-03-29");
    expect(istanbul?.startDate.isDate).toBe(true);
    // Three days, 29–31 March: DTEND is the exclusive 1 April.
    expect(istanbul?.endDate.toString()).toBe("2022-04-01");
    expect(istanbul?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(istanbul?.component.getFirstPropertyValue("url")).toBe(
      `${origin}/events/istanbul-talks-2022-03-29`,
    );
    const gomel = bySlug("gomel-talks-2022-02-28");
    expect(gomel?.endDate.toString()).toBe("2022-03-01");
    expect(buildCalendar(events, { origin, name: "Parley" })).toBe(text);
  });

  it("keeps only scheduled events with ?status=scheduled", async () => {
    const events = await listEvents(get().db, filters("status=scheduled"));
    const calendar = new ICAL.Component(ICAL.parse(buildCalendar(events, { origin, name: "Parley" })));
    expect(calendar.getAllSubcomponents("vevent").map((c) => c.getFirstPropertyValue("summary"))).toEqual([
      "Russia–Ukraine talks in Istanbul",
    ]);
  });
});
