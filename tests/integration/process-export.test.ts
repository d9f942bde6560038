/**
 * One process's bundle: only its rows (and the directory entries they point
 * at, a shared mediator included); it loads into a database holding another
 * process, and export → import → export gives the same bytes.
 */
import { eq } from "drizzle-orm";
import { beforeAll, expect, inject, it } from "vitest";
import {
  eventParticipants,
  eventProcesses,
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
import { bundleToCsv } from "../../lib/export/csv";
import { downloadBundle } from "../../lib/export/download";
import { buildProcessBundle, serializeBundle } from "../../lib/export/export";
import { importBundle } from "../../lib/export/import";
import { createTestDatabase, describeOnEveryServer, seedProcessId } from "../support/databases";

const MARKER = "jeddahmarker";
const other = `${MARKER}-talks`;
const seedSlug = "russia-ukraine-talks-2022";
const seedMarkers = ["Istanbul", "Gomel", "Zelensky"];

describeOnEveryServer("export and import of one process", (get) => {
  const server = () => inject("postgresServers").find((s) => s.name === get().serverName);

  beforeAll(async () => {
    const { db } = get();
    const seedProcess = await seedProcessId(db);
    await db.transaction(async (tx) => {
      const [turkey] = await tx.select().from(parties).where(eq(parties.slug, "turkey"));
      const [process] = await tx
        .insert(processes)
        .values({ slug: other, name: `${MARKER} talks`, publication: "published" })
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
      if (!turkey || !process || !party || !topic || !source) throw new Error("insert failed");
      // Turkey mediates here too: a directory entry shared by both processes.
      await tx.insert(processParties).values([
        { processId: process.id, partyId: party.id, role: "negotiating_party" },
        { processId: process.id, partyId: turkey.id, role: "mediator" },
      ]);
      const [event] = await tx
        .insert(events)
        .values({
          processId: process.id,
          slug: `${MARKER}-round`,
          title: `${MARKER} round`,
          kind: "talks",
          status: "held",
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
          statedOn: "2022-03-30",
          kind: "red_line",
          stance: "opposes",
          summary: `${MARKER} red line`,
          publication: "published",
        })
        .returning();
      if (!event || !statement) throw new Error("insert failed");
      await tx.insert(eventParticipants).values([
        { eventId: event.id, partyId: party.id, role: "delegation" },
        { eventId: event.id, partyId: turkey.id, role: "mediator" },
      ]);
      await tx.insert(eventSources).values({ eventId: event.id, sourceId: source.id });
      await tx.insert(positionSources).values({ positionId: statement.id, sourceId: source.id });
      // A seed event that also concerns the other process: the link names a process a one-process bundle lacks.
      const [istanbul] = await tx.select().from(events).where(eq(events.processId, seedProcess)).limit(1);
      if (istanbul) await tx.insert(eventProcesses).values({ eventId: istanbul.id, processId: process.id });
    });
  });

  it("carries only the process's rows and the entries they point at", async () => {
    const bundle = await buildProcessBundle(get().db, other);
    if (!bundle) throw new Error("no bundle");
    const text = serializeBundle(bundle);
    for (const marker of seedMarkers) expect(text, marker).not.toContain(marker);
    expect(bundle.process).toBe(other);
    expect(bundle.tables.processes?.map((p) => p.slug)).toEqual([other]);
    expect(bundle.tables.parties?.map((p) => p.slug).sort()).toEqual([`${MARKER}-party`, "turkey"]);
    expect(bundle.counts.event_processes).toBe(0);
    const csv = bundleToCsv(bundle);
    expect(csv.events).toContain(`${MARKER} round`);
    expect(csv.events).not.toContain("Istanbul");
    const seed = await buildProcessBundle(get().db, seedSlug);
    expect(seed && serializeBundle(seed)).not.toContain(MARKER);
  });

  it("loads into a database holding another process, and exports the same bytes again", async () => {
    const first = await buildProcessBundle(get().db, other);
    if (!first) throw new Error("no bundle");
    const target = server();
    if (!target) throw new Error("server not found");
    // Seeded: it holds the Russia–Ukraine process, with its own Turkey under another id.
    const holding = await createTestDatabase(target);
    const empty = await createTestDatabase(target, { seed: false });
    try {
      const into = await importBundle(holding.db, JSON.parse(serializeBundle(first)));
      expect(into.ok ? [] : into.errors).toEqual([]);
      const there = await buildProcessBundle(holding.db, other);
      expect(there?.tables.events?.map((e) => e.title)).toEqual([`${MARKER} round`]);
      expect(there?.tables.parties?.map((p) => p.slug).sort()).toEqual([`${MARKER}-party`, "turkey"]);
      const seedThere = await buildProcessBundle(holding.db, seedSlug);
      expect(seedThere?.counts.events).toBe(7);

      const round = await importBundle(empty.db, JSON.parse(serializeBundle(first)));
      expect(round.ok ? [] : round.errors).toEqual([]);
      const again = await buildProcessBundle(empty.db, other);
      const bytes = serializeBundle(first);
      console.log(
        `[process export ${get().serverName}] ${bytes.length} bytes, ${JSON.stringify(first.counts)}; identical after round trip: ${again !== null && serializeBundle(again) === bytes}`,
      );
      expect(again && serializeBundle(again)).toBe(bytes);
    } finally {
      await holding.drop();
      await empty.drop();
    }
  });

  it("downloads: ?process= narrows, a malformed slug is a 400, a process readers cannot see a 404", async () => {
    const { db } = get();
    const base = "https://parley.example/data/parley.json";
    const narrowed = await downloadBundle(db, `${base}?process=${other}`);
    expect(narrowed.ok && narrowed.name).toBe(`parley-${other}`);
    expect(narrowed.ok && narrowed.bundle.counts.events).toBe(1);
    expect(await downloadBundle(db, `${base}?process=Not_A_Slug`)).toMatchObject({ ok: false, status: 400 });
    await db.update(processes).set({ publication: "draft" }).where(eq(processes.slug, other));
    try {
      expect(await downloadBundle(db, `${base}?process=${other}`)).toMatchObject({ ok: false, status: 404 });
    } finally {
      await db.update(processes).set({ publication: "published" }).where(eq(processes.slug, other));
    }
    const whole = await downloadBundle(db, base);
    expect(whole.ok && whole.bundle.process).toBeUndefined();
  });
});
