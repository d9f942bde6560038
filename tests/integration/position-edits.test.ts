import { and, eq, ne } from "drizzle-orm";
import { expect, test } from "vitest";
import { people, positionSources, positions, revisions, sources, topics } from "../../db/schema";
import {
  createPosition,
  deletePosition,
  positionSnapshotToInput,
  restorePositionRevision,
  undeletePosition,
  updatePosition,
} from "../../lib/services/positions";
import { createSource } from "../../lib/services/sources";
import { positionInput } from "../../lib/validation/positions";
import { sourceInput } from "../../lib/validation/sources";
import { describeOnEveryServer } from "../support/databases";

const meta = { userId: "user-a" };

describeOnEveryServer("position edits: citations, revisions, conflicts, restore", (get) => {
  async function seedRefs() {
    const { db } = get();
    const [person] = await db.select({ id: people.id, partyId: people.partyId }).from(people).limit(1);
    const [topic] = await db.select({ id: topics.id }).from(topics).limit(1);
    // The seed cites one article; a second source lets a test swap citations.
    const second = await createSource(
      db,
      sourceInput.parse({ url: "https://example.org/positions-second-source", title: "Second source" }),
      meta,
    );
    const secondId = second.created ? second.source.id : second.existing.id;
    const [first] = await db
      .select({ id: sources.id })
      .from(sources)
      .where(ne(sources.id, secondId))
      .limit(1);
    const cited = first ? [first, { id: secondId }] : [];
    if (!person || !topic || cited.length < 2) throw new Error("seed missing");
    return { person, topic, cited };
  }

  async function newPosition(summary: string) {
    const { db } = get();
    const { person, topic, cited } = await seedRefs();
    const result = await createPosition(
      db,
      positionInput.parse({
        partyId: person.partyId,
        personId: person.id,
        topicId: topic.id,
        statedOn: "2022-03-29",
        kind: "demand",
        stance: "conditional",
        summary,
        quote: "We will not trade territory for peace",
        sources: [
          { sourceId: cited[0]?.id, excerpt: "said on the record" },
          { sourceId: cited[0]?.id, excerpt: "duplicate is dropped" },
        ],
      }),
      meta,
    );
    if (!result.ok) throw new Error(result.error);
    return result.value;
  }

  test("create writes the row, its citations and revision 1 together", async () => {
    const { db } = get();
    const created = await newPosition("Guarantees before any ceasefire");
    expect(created).toMatchObject({ version: 1, publication: "draft", createdBy: "user-a" });
    expect(created.sources).toEqual([{ sourceId: expect.any(String), excerpt: "said on the record" }]);
    const revs = await db.select().from(revisions).where(eq(revisions.entityId, created.id));
    expect(revs.map((r) => [r.entity, r.version])).toEqual([["position", 1]]);
  });

  test("a speaker from another party is refused and nothing is written", async () => {
    const { db } = get();
    const { person, topic, cited } = await seedRefs();
    const [otherParty] = await db
      .select({ id: people.partyId })
      .from(people)
      .where(ne(people.partyId, person.partyId))
      .limit(1);
    if (!otherParty) throw new Error("seed needs people from two parties");
    const before = await db.$count(positions);
    const result = await createPosition(
      db,
      positionInput.parse({
        partyId: otherParty.id,
        personId: person.id,
        topicId: topic.id,
        statedOn: "2022-03-29",
        kind: "offer",
        stance: "supports",
        summary: "Wrong speaker",
        sources: [{ sourceId: cited[0]?.id }],
      }),
      meta,
    );
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { personId: ["This speaker does not speak for the chosen party"] },
    });
    expect(await db.$count(positions)).toBe(before);
  });

  test("a stale save is refused with the current row and changes nothing", async () => {
    const { db } = get();
    const created = await newPosition("Conflict check");
    const { cited } = await seedRefs();
    const first = await updatePosition(
      db,
      created.id,
      1,
      {
        ...positionSnapshotToInput(created),
        summary: "First tab",
        sources: [{ sourceId: cited[1]?.id ?? "", excerpt: null }],
      },
      meta,
    );
    expect(first.ok).toBe(true);
    const second = await updatePosition(
      db,
      created.id,
      1,
      { ...positionSnapshotToInput(created), summary: "Second tab" },
      meta,
    );
    expect(second).toMatchObject({
      ok: false,
      status: 409,
      current: { summary: "First tab", version: 2, sources: [{ sourceId: cited[1]?.id }] },
    });
    const links = await db.select().from(positionSources).where(eq(positionSources.positionId, created.id));
    expect(links.map((l) => l.sourceId)).toEqual([cited[1]?.id]);
    const count = await db.$count(
      revisions,
      and(eq(revisions.entity, "position"), eq(revisions.entityId, created.id)),
    );
    expect(count).toBe(2);
  });

  test("restore brings back old content and citations as a new version; delete and undelete keep history", async () => {
    const { db } = get();
    const created = await newPosition("Original summary");
    const { cited } = await seedRefs();
    await updatePosition(
      db,
      created.id,
      1,
      {
        ...positionSnapshotToInput(created),
        summary: "Changed summary",
        sources: [{ sourceId: cited[1]?.id ?? "", excerpt: null }],
      },
      meta,
    );
    const restored = await restorePositionRevision(db, created.id, 1, 2, meta);
    expect(restored).toMatchObject({
      ok: true,
      value: { summary: "Original summary", version: 3, sources: [{ sourceId: cited[0]?.id }] },
    });
    const [rev3] = await db
      .select()
      .from(revisions)
      .where(and(eq(revisions.entityId, created.id), eq(revisions.version, 3)));
    expect(rev3?.note).toBe("restored version 1");
    const stale = await deletePosition(db, created.id, 2, meta);
    expect(stale).toMatchObject({ ok: false, status: 409 });
    const deleted = await deletePosition(db, created.id, 3, meta);
    expect(deleted.ok && deleted.value.deletedAt).toBeTruthy();
    const back = await undeletePosition(db, created.id, 4, meta);
    expect(back).toMatchObject({ ok: true, value: { deletedAt: null, version: 5 } });
    expect(await restorePositionRevision(db, created.id, 99, 5, meta)).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});
