import { count, eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { events, parties, processes, processParties, revisions, sources } from "../../db/schema";
import { listEvents } from "../../lib/queries/events";
import { createEvent, restoreEventRevision, snapshotToInput, updateEvent } from "../../lib/services/events";
import { ProcessRequiredError } from "../../lib/services/process-default";
import {
  createProcess,
  getProcessSnapshot,
  publishProcess,
  restoreProcessRevision,
  updateProcess,
} from "../../lib/services/processes";
import { eventInput } from "../../lib/validation/events";
import { processInput } from "../../lib/validation/processes";
import { bearer, userWithToken } from "../support/api-users";
import { describeOnEveryServer, seedProcessId } from "../support/databases";
import { apiCreateEvent } from "../support/write-api";

const meta = { userId: "user-p" };

describeOnEveryServer("process edits: versioned save, links, default process", (get) => {
  const event = (extra: Record<string, unknown> = {}) =>
    eventInput.parse({
      title: "A call about the talks",
      kind: "call",
      status: "held",
      startsOn: "2022-04-02",
      ...extra,
    });

  test("with one process a new event goes to it without naming it", async () => {
    const saved = await createEvent(get().db, event(), meta);
    expect(saved.processId).toBe(await seedProcessId(get().db));
  });

  test("a process is created with its parties and revision 1; a stale save is refused and writes nothing", async () => {
    const { db } = get();
    const [turkey] = await db.select().from(parties).where(eq(parties.slug, "turkey"));
    if (!turkey) throw new Error("seed missing");
    const created = await createProcess(
      db,
      processInput.parse({
        name: "Black Sea grain talks",
        parties: [{ partyId: turkey.id, role: "mediator" }],
      }),
      meta,
    );
    expect(created).toMatchObject({ slug: "black-sea-grain-talks", version: 1, publication: "draft" });
    expect(created.parties).toEqual([{ partyId: turkey.id, role: "mediator" }]);

    const renamed = await updateProcess(
      db,
      created.id,
      1,
      processInput.parse({ name: "Black Sea Grain Initiative talks", status: "concluded", parties: [] }),
      meta,
    );
    expect(renamed.ok && renamed.value.version).toBe(2);
    const [links] = await db
      .select({ n: count() })
      .from(processParties)
      .where(eq(processParties.processId, created.id));
    expect(links?.n).toBe(0);

    const stale = await updateProcess(db, created.id, 1, processInput.parse({ name: "Lost edit" }), meta);
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect((await getProcessSnapshot(db, created.id))?.name).toBe("Black Sea Grain Initiative talks");

    const restored = await restoreProcessRevision(db, created.id, 1, 2, meta);
    expect(restored.ok && restored.value).toMatchObject({ version: 3, name: "Black Sea grain talks" });
    expect(restored.ok && restored.value.parties).toEqual([{ partyId: turkey.id, role: "mediator" }]);
    const history = await db
      .select({ version: revisions.version })
      .from(revisions)
      .where(eq(revisions.entityId, created.id))
      .orderBy(revisions.version);
    expect(history.map((r) => r.version)).toEqual([1, 2, 3]);
  });

  test("with two public processes a new event must name one, and nothing is written without it", async () => {
    const { db } = get();
    // A draft process is no choice readers could see, so it does not count: publish the second one.
    const [second] = await db.select().from(processes).where(eq(processes.slug, "black-sea-grain-talks"));
    if (!second) throw new Error("the second process is missing");
    expect((await publishProcess(db, second.id, meta)).ok).toBe(true);
    const [before] = await db.select({ n: count() }).from(events);
    await expect(createEvent(db, event({ title: "Which process?" }), meta)).rejects.toBeInstanceOf(
      ProcessRequiredError,
    );
    const [after] = await db.select({ n: count() }).from(events);
    expect(after?.n).toBe(before?.n);
    const named = await createEvent(db, event({ processId: await seedProcessId(db) }), meta);
    expect(named.processId).toBe(await seedProcessId(db));
  });

  test("an event lists the other processes it concerns: saved, filtered by, restored; never its own", async () => {
    const { db } = get();
    const seed = await seedProcessId(db);
    const [second] = await db.select().from(processes).where(eq(processes.slug, "black-sea-grain-talks"));
    if (!second) throw new Error("the second process is missing");
    const saved = await createEvent(
      db,
      event({
        title: "Mediators on both talks",
        processId: seed,
        otherProcessIds: [second.id, seed, second.id],
      }),
      meta,
    );
    expect(saved.otherProcessIds).toEqual([second.id]);
    const inSecond = async () =>
      (await listEvents(db, { process: second.slug, limit: 100 })).some((e) => e.id === saved.id);
    // A draft event is in no public list; published, it is listed under the other process too.
    const published = await updateEvent(
      db,
      saved.id,
      1,
      eventInput.parse({
        ...snapshotToInput(saved),
        publication: "published",
        sources: [{ sourceId: (await db.select({ id: sources.id }).from(sources).limit(1))[0]?.id }],
      }),
      meta,
    );
    expect(published.ok).toBe(true);
    expect(await inSecond()).toBe(true);
    const cleared = await updateEvent(
      db,
      saved.id,
      2,
      eventInput.parse({ ...(published.ok ? snapshotToInput(published.value) : {}), otherProcessIds: [] }),
      meta,
    );
    expect(cleared.ok && cleared.value.otherProcessIds).toEqual([]);
    expect(await inSecond()).toBe(false);
    const restored = await restoreEventRevision(db, saved.id, 2, 3, meta);
    expect(restored.ok && restored.value.otherProcessIds).toEqual([second.id]);
    expect(await inSecond()).toBe(true);
  });

  test("through the write API the same refusal is a 422 on processId (not a 500), and an unknown process too", async () => {
    const { db } = get();
    const editor = await userWithToken(db, "editor");
    const [source] = await db.select({ id: sources.id }).from(sources).limit(1);
    const body = (extra: Record<string, unknown>) =>
      JSON.stringify({
        title: "Which process, via the API?",
        kind: "talks",
        status: "held",
        startsOn: "2022-03-15",
        sources: [{ sourceId: source?.id }],
        ...extra,
      });
    const [before] = await db.select({ n: count() }).from(events);
    const unnamed = await apiCreateEvent(db, { headers: bearer(editor.token), body: body({}) });
    expect(unnamed.status).toBe(422);
    expect(JSON.stringify(unnamed.body)).toContain("processId");
    const unknown = await apiCreateEvent(db, {
      headers: bearer(editor.token),
      body: body({ processId: "00000000-0000-4000-8000-000000000009" }),
    });
    expect(unknown.status).toBe(422);
    const [after] = await db.select({ n: count() }).from(events);
    expect(after?.n).toBe(before?.n);
  });
});
