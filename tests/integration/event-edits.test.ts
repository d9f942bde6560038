import { and, eq, sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { events, parties, revisions, sources } from "../../db/schema";
import {
  createEvent,
  deleteEvent,
  restoreEventRevision,
  snapshotToInput,
  updateEvent,
} from "../../lib/services/events";
import { eventInput } from "../../lib/validation/events";
import { describeOnEveryServer } from "../support/databases";

const meta = { userId: "user-a" };

describeOnEveryServer("event edits: revisions, conflicts, restore", (get) => {
  async function newEvent(title: string) {
    const { db } = get();
    const [party] = await db.select({ id: parties.id }).from(parties).limit(1);
    const [source] = await db.select({ id: sources.id }).from(sources).limit(1);
    if (!party || !source) throw new Error("seed missing");
    return createEvent(
      db,
      eventInput.parse({
        title,
        kind: "talks",
        status: "scheduled",
        startsOn: "2022-03-29",
        participants: [{ partyId: party.id, role: "delegation" }],
        sources: [{ sourceId: source.id, excerpt: "face-to-face talks" }],
      }),
      meta,
    );
  }

  test("create writes the row, its links and revision 1 in one go", async () => {
    const { db } = get();
    const created = await newEvent("Istanbul round <img src=x onerror=alert(1)>");
    expect(created.version).toBe(1);
    expect(created.publication).toBe("draft");
    expect(created.participants).toHaveLength(1);
    expect(created.sources).toHaveLength(1);
    const revs = await db.select().from(revisions).where(eq(revisions.entityId, created.id));
    expect(revs.map((r) => r.version)).toEqual([1]);
    expect(revs[0]?.userId).toBe("user-a");
  });

  test("a stale save is refused with the current row and changes nothing", async () => {
    const { db } = get();
    const created = await newEvent("Conflict check");
    const first = await updateEvent(
      db,
      created.id,
      1,
      { ...snapshotToInput(created), title: "First tab" },
      meta,
    );
    expect(first.ok).toBe(true);
    const second = await updateEvent(
      db,
      created.id,
      1,
      { ...snapshotToInput(created), title: "Second tab" },
      meta,
    );
    expect(second).toMatchObject({
      ok: false,
      status: 409,
      current: { title: "First tab", version: 2 },
    });
    const [row] = await db.select().from(events).where(eq(events.id, created.id));
    expect(row?.title).toBe("First tab");
    const count = await db.$count(
      revisions,
      and(eq(revisions.entity, "event"), eq(revisions.entityId, created.id)),
    );
    expect(count).toBe(2);
  });

  test("restore saves the old content as a new version; soft delete keeps the row", async () => {
    const { db } = get();
    const created = await newEvent("Original title");
    await updateEvent(db, created.id, 1, { ...snapshotToInput(created), title: "Changed title" }, meta);
    const restored = await restoreEventRevision(db, created.id, 1, 2, meta);
    expect(restored).toMatchObject({ ok: true, value: { title: "Original title", version: 3 } });
    const [rev3] = await db
      .select()
      .from(revisions)
      .where(and(eq(revisions.entityId, created.id), eq(revisions.version, 3)));
    expect(rev3?.note).toBe("restored version 1");
    const deleted = await deleteEvent(db, created.id, 3, meta);
    expect(deleted.ok && deleted.value.deletedAt).toBeTruthy();
    const [row] = await db.select().from(events).where(eq(events.id, created.id));
    expect(row?.version).toBe(4);
  });

  test("20 editors × 50 concurrent edits: no lost update", async () => {
    const { db } = get();
    const created = await newEvent("Concurrency target");
    const editors = 20;
    const editsEach = 50;
    let accepted = 0;
    let conflicts = 0;
    // Each editor reads the version it sees, then saves on top of it, 50 times, all editors at once.
    await Promise.all(
      Array.from({ length: editors }, async (_, editor) => {
        for (let i = 0; i < editsEach; i++) {
          const [row] = await db
            .select({ version: events.version })
            .from(events)
            .where(eq(events.id, created.id));
          const input = { ...snapshotToInput(created), summary: `editor ${editor} edit ${i}` };
          const result = await updateEvent(db, created.id, row?.version ?? 1, input, {
            userId: `editor-${editor}`,
          });
          if (result.ok) accepted++;
          else if (result.status === 409) conflicts++;
        }
      }),
    );
    const [row] = await db.select({ version: events.version }).from(events).where(eq(events.id, created.id));
    const written = await db.$count(
      revisions,
      and(eq(revisions.entity, "event"), eq(revisions.entityId, created.id)),
    );
    const versionIncrease = (row?.version ?? 0) - 1;
    console.log(
      `[concurrency ${get().serverName}] edits=${editors * editsEach} accepted=${accepted} conflicts=${conflicts} ` +
        `versionIncrease=${versionIncrease} revisionsAfterCreate=${written - 1} lost=${accepted - versionIncrease}`,
    );
    expect(accepted + conflicts).toBe(editors * editsEach);
    expect(conflicts).toBeGreaterThan(0);
    expect(versionIncrease).toBe(accepted);
    expect(written - 1).toBe(accepted);
    const [{ last } = { last: "" }] = (
      await db.execute<{ last: string }>(sql`select summary as last from events where id = ${created.id}`)
    ).rows;
    expect(last).toMatch(/^editor \d+ edit \d+$/);
  });
});

describeOnEveryServer("sources: one row per normalized URL", (get) => {
  test("a second paste of the same URL returns the existing source", async () => {
    const { db } = get();
    const { createSource } = await import("../../lib/services/sources");
    const { sourceInput } = await import("../../lib/validation/sources");
    const first = await createSource(
      db,
      sourceInput.parse({ url: " https://WWW.Example.org/a#x", title: "A" }),
      meta,
    );
    expect(first.created).toBe(true);
    const again = await createSource(
      db,
      sourceInput.parse({ url: "https://www.example.org/a", title: "B" }),
      meta,
    );
    expect(again).toMatchObject({
      created: false,
      existing: { title: "A", url: "https://www.example.org/a" },
    });
    const rows = await db.$count(sources, eq(sources.url, "https://www.example.org/a"));
    expect(rows).toBe(1);
  });
});
