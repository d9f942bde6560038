import { and, eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { parties, people, revisions, sources } from "../../db/schema";
import {
  createEntry,
  getEntry,
  restoreEntryRevision,
  setEntryDeleted,
  updateEntry,
} from "../../lib/services/directory";
import {
  createSource,
  getSource,
  restoreSourceRevision,
  setSourceDeleted,
  updateSource,
} from "../../lib/services/sources";
import { partyInput, personInput, topicInput } from "../../lib/validation/directory";
import { sourceInput } from "../../lib/validation/sources";
import { describeOnEveryServer } from "../support/databases";

const meta = { userId: "user-d" };

describeOnEveryServer("directory and source edits: revisions, conflicts, restore", (get) => {
  const revisionVersions = async (entityId: string) =>
    (
      await get()
        .db.select({ version: revisions.version })
        .from(revisions)
        .where(eq(revisions.entityId, entityId))
        .orderBy(revisions.version)
    ).map((r) => r.version);

  test("a party is created as a draft with a slug from its name and revision 1", async () => {
    const { db } = get();
    const data = partyInput.parse({ name: "Ukraine", kind: "state", color: "#0057b7", aliases: "Kyiv govt" });
    const created = await createEntry(db, { kind: "party", data }, meta);
    // "ukraine" is the seed's: the new one gets the next free slug.
    expect(created).toMatchObject({
      version: 1,
      publication: "draft",
      slug: "ukraine-2",
      createdBy: "user-d",
    });
    expect(await revisionVersions(created.id)).toEqual([1]);
  });

  test("editors creating the same name at once all succeed, each with its own slug", async () => {
    const { db } = get();
    const data = topicInput.parse({ name: "Grain corridor" });
    const made = await Promise.all(
      Array.from({ length: 5 }, () => createEntry(db, { kind: "topic", data }, meta)),
    );
    const slugs = made.map((t) => ("slug" in t ? t.slug : "")).sort();
    expect(new Set(slugs).size).toBe(5);
    expect(slugs[0]).toBe("grain-corridor");
  });

  test("a non-Latin name gets a transliterated slug, kept when the name changes", async () => {
    const { db } = get();
    const [party] = await db.select({ id: parties.id }).from(parties).where(eq(parties.slug, "ukraine"));
    if (!party) throw new Error("seed missing");
    const data = personInput.parse({ name: "Олексій Резніков", partyId: party.id });
    const created = await createEntry(db, { kind: "person", data }, meta);
    expect(created).toMatchObject({ slug: "oleksiy-reznikov" });
    const renamed = await updateEntry(
      db,
      { kind: "person", data: { ...data, name: "Oleksii Reznikov" } },
      created.id,
      1,
      meta,
    );
    expect(renamed).toMatchObject({
      ok: true,
      value: { name: "Oleksii Reznikov", slug: "oleksiy-reznikov" },
    });
  });

  test("a name with nothing to transliterate falls back to the kind, numbered, even when created at once", async () => {
    const { db } = get();
    const data = topicInput.parse({ name: "中立地位" });
    const made = await Promise.all(
      Array.from({ length: 4 }, () => createEntry(db, { kind: "topic", data }, meta)),
    );
    const slugs = made.map((t) => ("slug" in t ? t.slug : "")).sort();
    expect(slugs).toEqual(["topic", "topic-2", "topic-3", "topic-4"]);
    const cyrillic = topicInput.parse({ name: "Нейтралітет" });
    const twice = await Promise.all(
      Array.from({ length: 3 }, () => createEntry(db, { kind: "topic", data: cyrillic }, meta)),
    );
    expect(twice.map((t) => ("slug" in t ? t.slug : "")).sort()).toEqual([
      "neytralitet",
      "neytralitet-2",
      "neytralitet-3",
    ]);
  });

  test("a stale save is refused with the row as it is now, and writes nothing", async () => {
    const { db } = get();
    const data = topicInput.parse({ name: "Prisoner exchanges", aliases: "POW swap" });
    const created = await createEntry(db, { kind: "topic", data }, meta);
    const first = await updateEntry(
      db,
      { kind: "topic", data: { ...data, description: "first" } },
      created.id,
      1,
      meta,
    );
    expect(first).toMatchObject({ ok: true, value: { version: 2, description: "first" } });
    const stale = await updateEntry(
      db,
      { kind: "topic", data: { ...data, description: "second" } },
      created.id,
      1,
      meta,
    );
    expect(stale).toMatchObject({
      ok: false,
      status: 409,
      current: { version: 2, description: "first" },
    });
    expect(await revisionVersions(created.id)).toEqual([1, 2]);
  });

  test("delete is soft, undelete and restore add versions; history only grows", async () => {
    const { db } = get();
    const [party] = await db.select({ id: parties.id }).from(parties).where(eq(parties.slug, "ukraine"));
    if (!party) throw new Error("seed missing");
    const data = personInput.parse({ name: "Mykhailo Podolyak", partyId: party.id, title: "Adviser" });
    const created = await createEntry(db, { kind: "person", data }, meta);
    await updateEntry(
      db,
      { kind: "person", data: { ...data, title: "Presidential adviser" } },
      created.id,
      1,
      meta,
    );
    const deleted = await setEntryDeleted(db, "person", created.id, 2, true, meta);
    expect(deleted.ok && deleted.value.deletedAt).toBeTruthy();
    const back = await setEntryDeleted(db, "person", created.id, 3, false, meta);
    expect(back).toMatchObject({ ok: true, value: { version: 4, deletedAt: null } });
    const restored = await restoreEntryRevision(db, "person", created.id, 1, 4, meta);
    expect(restored).toMatchObject({ ok: true, value: { version: 5, title: "Adviser", deletedAt: null } });
    expect(await revisionVersions(created.id)).toEqual([1, 2, 3, 4, 5]);
    const [note] = await db
      .select({ note: revisions.note })
      .from(revisions)
      .where(and(eq(revisions.entityId, created.id), eq(revisions.version, 5)));
    expect(note?.note).toBe("restored version 1");
    expect(await getEntry(db, "person", created.id)).toMatchObject({ version: 5 });
  });

  test("a person must speak for an existing party (the foreign key has the last word)", async () => {
    const { db } = get();
    const data = personInput.parse({ name: "Nobody", partyId: "00000000-0000-4000-8000-000000000009" });
    await expect(createEntry(db, { kind: "person", data }, meta)).rejects.toThrow();
    expect(await db.select().from(people).where(eq(people.name, "Nobody"))).toHaveLength(0);
  });

  test("a source is corrected, conflicts are caught, and a URL another source has is refused", async () => {
    const { db } = get();
    const made = await createSource(
      db,
      sourceInput.parse({ url: "https://example.org/report-1", title: "Report" }),
      meta,
    );
    if (!made.created) throw new Error("expected a new source");
    const id = made.source.id;
    const fixed = await updateSource(
      db,
      id,
      1,
      sourceInput.parse({
        url: "https://example.org/report-1",
        title: "Report, corrected",
        author: "A. Writer",
      }),
      meta,
    );
    expect(fixed).toMatchObject({
      ok: true,
      value: { version: 2, title: "Report, corrected", outlet: "example.org" },
    });
    const stale = await updateSource(
      db,
      id,
      1,
      sourceInput.parse({ url: "https://example.org/report-1", title: "Stale" }),
      meta,
    );
    expect(stale).toMatchObject({ ok: false, status: 409 });

    const [article] = await db
      .select({ url: sources.url })
      .from(sources)
      .where(eq(sources.version, 1))
      .limit(1);
    const clash = await updateSource(db, id, 2, sourceInput.parse({ url: article?.url, title: "Dup" }), meta);
    expect(clash).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { url: [expect.stringContaining("Already stored")] },
    });
    expect(await getSource(db, id)).toMatchObject({ version: 2, title: "Report, corrected" });

    const restored = await restoreSourceRevision(db, id, 1, 2, meta);
    expect(restored).toMatchObject({ ok: true, value: { version: 3, title: "Report", author: null } });
    const deleted = await setSourceDeleted(db, id, 3, true, meta);
    expect(deleted).toMatchObject({ ok: true, value: { version: 4 } });
    expect(await revisionVersions(id)).toEqual([1, 2, 3, 4]);
  });
});
