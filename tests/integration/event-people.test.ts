import { eq, sql } from "drizzle-orm";
import { expect, inject, test } from "vitest";
import { eventPeople, parties, people, sources } from "../../db/schema";
import { buildBundle, serializeBundle } from "../../lib/export/export";
import { importBundle } from "../../lib/export/import";
import { getEventBySlug } from "../../lib/queries/events";
import { getTimelineWindow } from "../../lib/queries/timeline";
import { createEntry, publishEntry, setEntryDeleted, updateEntry } from "../../lib/services/directory";
import {
  createEvent,
  getEventSnapshot,
  restoreEventRevision,
  snapshotToInput,
  updateEvent,
} from "../../lib/services/events";
import { personInput } from "../../lib/validation/directory";
import { eventInput } from "../../lib/validation/events";
import { timelineQuerySchema } from "../../lib/validation/timeline-query";
import { createTestDatabase, describeOnEveryServer } from "../support/databases";

const meta = { userId: "user-people" };

describeOnEveryServer("people at events", (get) => {
  async function partyId(slug: string) {
    const [row] = await get().db.select({ id: parties.id }).from(parties).where(eq(parties.slug, slug));
    if (!row) throw new Error(`seed has no ${slug}`);
    return row.id;
  }

  async function person(name: string, party: string, publication: "draft" | "published", aliases = "") {
    return createEntry(
      get().db,
      {
        kind: "person",
        data: personInput.parse({ name, partyId: await partyId(party), aliases, publication }),
      },
      meta,
    );
  }

  const draftAlias = (title: string) => `kulebadraft${title.replace(/\W/g, "").toLowerCase()}`;

  async function antalya(title: string, publication: "draft" | "published" = "published") {
    const { db } = get();
    const lavrov = await person(`Sergey Lavrov ${title}`, "russia", "published", "Lavrov");
    // A draft with an alias no other row or title contains: searching it must find nothing.
    const kuleba = await person(`Dmytro Kuleba ${title}`, "ukraine", "draft", draftAlias(title));
    const [source] = await db.select({ id: sources.id }).from(sources).limit(1);
    const event = await createEvent(
      db,
      eventInput.parse({
        title,
        kind: "meeting",
        status: "held",
        startsOn: "2022-03-10",
        locationName: "Antalya",
        country: "Turkey",
        publication,
        people: [
          { personId: lavrov.id, role: "head_of_delegation" },
          { personId: kuleba.id, role: "head_of_delegation" },
          { personId: lavrov.id, role: "head_of_delegation" },
        ],
        sources: source ? [{ sourceId: source.id, excerpt: null }] : [],
      }),
      meta,
    );
    return { event, lavrov, kuleba };
  }

  test("people are saved with the event, once each, and are part of its revision", async () => {
    const { db } = get();
    const { event, lavrov, kuleba } = await antalya("Antalya revision check", "draft");
    expect(event.people.map((p) => p.personId).sort()).toEqual([lavrov.id, kuleba.id].sort());
    const rev = await db.execute<{ snapshot: { people: unknown[] } }>(
      sql`select snapshot from revisions where entity = 'event' and entity_id = ${event.id} and version = 1`,
    );
    expect(rev.rows[0]?.snapshot.people).toHaveLength(2);
  });

  test("a stale save changes nobody in the room; restore brings the old room back", async () => {
    const { db } = get();
    const { event, lavrov } = await antalya("Antalya conflict check", "draft");
    const fewer = { ...snapshotToInput(event), people: [{ personId: lavrov.id, role: "host" as const }] };
    expect((await updateEvent(db, event.id, 1, fewer, meta)).ok).toBe(true);
    const stale = await updateEvent(db, event.id, 1, { ...snapshotToInput(event), people: [] }, meta);
    expect(stale.ok).toBe(false);
    const rows = await db.select().from(eventPeople).where(eq(eventPeople.eventId, event.id));
    expect(rows.map((r) => r.role)).toEqual(["host"]);
    const restored = await restoreEventRevision(db, event.id, 1, 2, meta);
    expect(restored.ok).toBe(true);
    expect((await getEventSnapshot(db, event.id))?.people).toHaveLength(2);
  });

  test("readers see only published people, and only on published events", async () => {
    const { db } = get();
    const { event, kuleba } = await antalya("Antalya readers check");
    const shown = await getEventBySlug(db, event.slug);
    expect(shown?.people.map((p) => [p.name, p.role, p.partyName])).toEqual([
      ["Sergey Lavrov Antalya readers check", "head_of_delegation", "Russia"],
    ]);
    await updateEntry(
      db,
      {
        kind: "person",
        data: personInput.parse({
          name: kuleba.name,
          partyId: await partyId("ukraine"),
          publication: "published",
        }),
      },
      kuleba.id,
      kuleba.version,
      meta,
    );
    expect((await getEventBySlug(db, event.slug))?.people).toHaveLength(2);
  });

  test("the timeline search finds the event by a person's name or alias, not by a draft person", async () => {
    const { db } = get();
    await antalya("Antalya search check");
    const search = async (q: string) =>
      (
        await getTimelineWindow(db, timelineQuerySchema.parse({ from: "2022-03-01", to: "2022-03-31", q }))
      ).items.map((i) => i.title);
    expect(await search("Lavrov")).toContain("Antalya search check");
    expect(await search("lavrov antalya search")).toContain("Antalya search check");
    // Kuleba is still a draft: his name must not reveal where he was.
    expect(await search(draftAlias("Antalya search check"))).not.toContain("Antalya search check");
    expect(await search(`Dmytro Kuleba Antalya search check`)).toContain("Antalya search check"); // by its title words
  });

  test("the public bundle carries published people at published events, and no draft", async () => {
    const { db } = get();
    const { event, lavrov, kuleba } = await antalya("Antalya export check");
    const draftEvent = await antalya("Antalya draft export check", "draft");
    const bundle = await buildBundle(db, "published");
    const links = (bundle.tables.event_people ?? []) as { eventId: string; personId: string }[];
    expect(links).toContainEqual({ eventId: event.id, personId: lavrov.id, role: "head_of_delegation" });
    expect(links.some((l) => l.personId === kuleba.id)).toBe(false);
    expect(links.some((l) => l.eventId === draftEvent.event.id)).toBe(false);
    const all = await buildBundle(db, "all");
    expect(
      ((all.tables.event_people ?? []) as { personId: string }[]).some((l) => l.personId === kuleba.id),
    ).toBe(true);
    const ids = (await db.select({ id: people.id }).from(people)).map((p) => p.id);
    expect(ids).toContain(kuleba.id);
  });

  test("people at events survive export → import into an empty database → export", async () => {
    await antalya("Antalya round trip check");
    const first = serializeBundle(await buildBundle(get().db, "all"));
    const server = inject("postgresServers").find((s) => s.name === get().serverName);
    if (!server) throw new Error("server not found");
    const empty = await createTestDatabase(server, { seed: false });
    try {
      const result = await importBundle(empty.db, JSON.parse(first));
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect((await empty.db.select().from(eventPeople)).length).toBeGreaterThanOrEqual(2);
      expect(serializeBundle(await buildBundle(empty.db, "all"))).toBe(first);
    } finally {
      await empty.drop();
    }
  });

  test("one-click publish makes a draft person public as a new version; a deleted one is refused", async () => {
    const { db } = get();
    const { event, kuleba } = await antalya("Antalya publish check");
    const published = await publishEntry(db, "person", kuleba.id, meta);
    expect(published.ok && [published.value.publication, published.value.version]).toEqual(["published", 2]);
    expect((await getEventBySlug(db, event.slug))?.people).toHaveLength(2);
    // Publishing again writes no new version.
    const again = await publishEntry(db, "person", kuleba.id, meta);
    expect(again.ok && again.value.version).toBe(2);
    const gone = await person("Deleted draft person", "ukraine", "draft");
    await setEntryDeleted(db, "person", gone.id, 1, true, meta);
    expect(await publishEntry(db, "person", gone.id, meta)).toMatchObject({ ok: false, status: 404 });
    const [row] = await db.select().from(people).where(eq(people.id, gone.id));
    expect(row?.publication).toBe("draft");
  });
});
