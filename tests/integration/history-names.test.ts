/**
 * History pages name what revisions point at: loadHistory looks every id of
 * every listed snapshot up — drafts and deleted rows too, since editors see
 * all — and names editors; showField turns that into the page's text.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { users } from "../../db/schema";
import { showField } from "../../lib/history/revision-display";
import { loadHistory } from "../../lib/queries/history";
import { createEntry, setEntryDeleted, updateEntry } from "../../lib/services/directory";
import { createEvent, snapshotToInput, updateEvent } from "../../lib/services/events";
import { createPosition } from "../../lib/services/positions";
import { createSource, setSourceDeleted } from "../../lib/services/sources";
import { partyInput, personInput, topicInput } from "../../lib/validation/directory";
import { eventInput } from "../../lib/validation/events";
import { positionInput } from "../../lib/validation/positions";
import { sourceInput } from "../../lib/validation/sources";
import { describeOnEveryServer } from "../support/databases";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describeOnEveryServer("history names: linked rows and editors by name", (get) => {
  async function editor(name: string) {
    const id = randomUUID();
    await get()
      .db.insert(users)
      .values({ id, name, email: `${id.slice(0, 8)}@newsroom.test`, role: "editor" });
    return { id, email: `${id.slice(0, 8)}@newsroom.test` };
  }

  /** A draft party, a deleted source and a deleted topic: what only editors see. */
  async function hiddenRows(userId: string) {
    const { db } = get();
    const meta = { userId };
    const party = await createEntry(
      db,
      { kind: "party", data: partyInput.parse({ name: "Draft Mediators", kind: "state", color: "#0057b7" }) },
      meta,
    );
    const made = await createSource(
      db,
      sourceInput.parse({ url: `https://example.org/${randomUUID()}`, title: "Withdrawn wire story" }),
      meta,
    );
    if (!made.created) throw new Error("source not created");
    expect((await setSourceDeleted(db, made.source.id, 1, true, meta)).ok).toBe(true);
    const topic = await createEntry(
      db,
      { kind: "topic", data: topicInput.parse({ name: "Grain corridor (old)" }) },
      meta,
    );
    expect((await setEntryDeleted(db, "topic", topic.id, 1, true, meta)).ok).toBe(true);
    return { party, source: made.source, topic };
  }

  test("an event's participants, sources and editors read as names, drafts and deleted rows included", async () => {
    const { db } = get();
    const olena = await editor("Olena K");
    const gone = randomUUID(); // an account since removed: it has no user row
    const { party, source } = await hiddenRows(olena.id);
    const created = await createEvent(
      db,
      eventInput.parse({
        title: "Antalya meeting",
        kind: "talks",
        status: "held",
        startsOn: "2022-03-10",
        participants: [{ partyId: party.id, role: "mediator" }],
        sources: [{ sourceId: source.id, excerpt: "foreign ministers met" }],
      }),
      { userId: olena.id },
    );
    const updated = await updateEvent(
      db,
      created.id,
      1,
      { ...snapshotToInput(created), locationName: "Antalya" },
      { userId: gone },
    );
    expect(updated.ok).toBe(true);

    const history = await loadHistory(db, "event", created.id);
    expect(history.revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(history.editorNames[olena.id]).toBe(`Olena K (${olena.email})`);
    expect(history.editorNames[gone]).toBeUndefined();

    const [latest] = history.revisions;
    const snapshot = latest?.snapshot as Record<string, unknown>;
    const participants = showField("participants", snapshot.participants, history.names);
    const sources = showField("sources", snapshot.sources, history.names);
    console.log(`[history ${get().serverName}] participants: ${participants} | sources: ${sources}`);
    expect(participants).toBe("Draft Mediators — Mediator");
    expect(sources).toBe("Withdrawn wire story — “foreign ministers met”");
    expect(participants + sources).not.toMatch(UUID);
  });

  test("a position's party, speaker, topic, event and sources read as names", async () => {
    const { db } = get();
    const taras = await editor("Taras M");
    const meta = { userId: taras.id };
    const { party, source, topic } = await hiddenRows(taras.id);
    const speaker = await createEntry(
      db,
      { kind: "person", data: personInput.parse({ name: "Draft Speaker", partyId: party.id }) },
      meta,
    );
    const event = await createEvent(
      db,
      eventInput.parse({ title: "Draft round", kind: "talks", status: "held", startsOn: "2022-03-29" }),
      meta,
    );
    const made = await createPosition(
      db,
      positionInput.parse({
        partyId: party.id,
        personId: speaker.id,
        topicId: topic.id,
        eventId: event.id,
        statedOn: "2022-03-29",
        kind: "demand",
        stance: "supports",
        summary: "Ships must pass",
        sources: [{ sourceId: source.id }],
      }),
      meta,
    );
    if (!made.ok) throw new Error(made.error);

    const history = await loadHistory(db, "position", made.value.id);
    const snapshot = history.revisions[0]?.snapshot as Record<string, unknown>;
    const shown = Object.fromEntries(
      ["partyId", "personId", "topicId", "eventId", "sources"].map((key) => [
        key,
        showField(key, snapshot[key], history.names),
      ]),
    );
    expect(shown).toEqual({
      partyId: "Draft Mediators",
      personId: "Draft Speaker",
      topicId: "Grain corridor (old)",
      eventId: "Draft round",
      sources: "Withdrawn wire story",
    });
    expect(history.editorNames[taras.id]).toBe(`Taras M (${taras.email})`);
  });

  test("directory rows' own links are named too: a person's party", async () => {
    const { db } = get();
    const meta = { userId: (await editor("Ana P")).id };
    const { party } = await hiddenRows(meta.userId);
    const person = await createEntry(
      db,
      { kind: "person", data: personInput.parse({ name: "Envoy", partyId: party.id }) },
      meta,
    );
    const renamed = await updateEntry(
      db,
      { kind: "person", data: personInput.parse({ name: "Special envoy", partyId: party.id }) },
      person.id,
      1,
      meta,
    );
    expect(renamed.ok).toBe(true);
    const history = await loadHistory(db, "person", person.id);
    const [after, before] = history.revisions.map((r) => r.snapshot as Record<string, unknown>);
    expect(showField("name", before?.name, history.names)).toBe("Envoy");
    expect(showField("name", after?.name, history.names)).toBe("Special envoy");
    expect(showField("partyId", after?.partyId, history.names)).toBe("Draft Mediators");
  });
});
