import { beforeAll, expect, it } from "vitest";
import { parties, positionSources, positions, sources, topics } from "../../db/schema";
import { type AsOfCandidate, pickAsOf } from "../../lib/compare/as-of-oracle";
import { getCompareMatrix, listCompareAxes, listTalksRounds } from "../../lib/queries/compare";
import { describeOnEveryServer, seedProcessId } from "../support/databases";

const A = "2022-02-28";
const B = "2022-03-29";

describeOnEveryServer("compare matrix (as-of rule in SQL)", (get) => {
  const cellOf = async (dates: string[], party: string, topic: string) => {
    const cells = await getCompareMatrix(get().db, { dates, partySlugs: [party], topicSlugs: [topic] });
    expect(cells).toHaveLength(1);
    return cells[0]?.byDate ?? [];
  };

  it("returns every party × topic cell, with nobody on record before 27 March 2022", async () => {
    const { db } = get();
    const axes = await listCompareAxes(db);
    const cells = await getCompareMatrix(db, { dates: [A, B], partySlugs: [], topicSlugs: [] });
    expect(cells).toHaveLength(axes.parties.length * axes.topics.length);
    expect(cells.every((c) => c.byDate[0] === null)).toBe(true);
    // The ten seeded statements plus the edge cell inserted below.
    expect(cells.filter((c) => c.byDate[1] !== null)).toHaveLength(11);
  });

  it("shows the seeded statements as of 29 March 2022 with speaker and source", async () => {
    const [, neutral] = await cellOf([A, B], "ukraine", "neutral-status");
    expect(neutral).toMatchObject({
      stance: "conditional",
      kind: "offer",
      quote: null,
      statedOn: "2022-03-27",
      speakerName: "Volodymyr Zelensky",
      eventSlug: "zelensky-remarks-russian-journalists-2022-03-27",
    });
    expect(neutral?.sources[0]?.outlet).toBe("Press TV");
    expect(neutral?.sources[0]?.url).toMatch(/^https:\/\/www\.presstv\.ir\//);
    expect(neutral?.sources[0]?.excerpt).toMatch(/willing to assume neutral status/);
    const [, sovereignty] = await cellOf([A, B], "ukraine", "sovereignty-territorial-integrity");
    expect(sovereignty).toMatchObject({ stance: "supports", kind: "red_line" });
    const [, demil] = await cellOf([A, B], "russia", "demilitarization");
    expect(demil).toMatchObject({ stance: "supports", datePrecision: "approximate", speakerName: null });
  });

  it("counts an approximate date from its earliest day only", async () => {
    const [before, on] = await cellOf(["2022-03-27", "2022-03-28"], "russia", "denazification");
    expect(before).toBeNull();
    expect(on?.datePrecision).toBe("approximate");
  });

  it("filters by slugs and answers a single date", async () => {
    const cells = await getCompareMatrix(get().db, {
      dates: [B],
      partySlugs: ["ukraine", "turkey"],
      topicSlugs: ["ceasefire", "donbas"],
    });
    expect(cells).toHaveLength(4);
    expect(cells.every((c) => c.byDate.length === 1)).toBe(true);
  });

  it("lists events of every kind for quick picks, the talks rounds among them", async () => {
    const rounds = await listTalksRounds(get().db);
    expect(rounds.filter((r) => r.kind === "talks").map((r) => r.startsOn)).toEqual([
      "2022-02-28",
      "2022-03-29",
    ]);
    // A call or a briefing moves positions too: it can be picked.
    expect(rounds.some((r) => r.kind === "call")).toBe(true);
    expect(rounds.map((r) => r.startsOn)).toEqual([...rounds.map((r) => r.startsOn)].sort());
  });

  // Extra rows on a party and topic of their own, then SQL against the pure rule on every day.
  const rows: AsOfCandidate[] = [];
  beforeAll(async () => {
    const { db } = get();
    const [party] = await db
      .insert(parties)
      .values({ slug: "edge-party", name: "Edge", kind: "state", color: "#123456", publication: "published" })
      .returning();
    const [topic] = await db
      .insert(topics)
      .values({ slug: "edge-topic", name: "Edge topic", publication: "published" })
      .returning();
    if (!party || !topic) throw new Error("insert failed");
    const processId = await seedProcessId(db);
    const base = {
      processId,
      partyId: party.id,
      topicId: topic.id,
      kind: "position",
      summary: "edge",
    } satisfies Partial<typeof positions.$inferInsert>;
    const changes = [
      // Two statements the same day: the later edit wins.
      { statedOn: "2022-03-10", stance: "supports", updatedAt: new Date("2022-03-10T10:00:00Z") },
      { statedOn: "2022-03-10", stance: "opposes", updatedAt: new Date("2022-03-11T10:00:00Z") },
      // Newer but a draft, and newer but deleted: both ignored.
      { statedOn: "2022-03-12", stance: "open", publication: "draft" },
      { statedOn: "2022-03-13", stance: "open", deletedAt: new Date("2022-03-14T00:00:00Z") },
      // An approximate statement counts from its earliest day.
      { statedOn: "2022-03-15", stance: "conditional", datePrecision: "approximate" },
    ] satisfies Partial<typeof positions.$inferInsert>[];
    const values = changes.map((v): typeof positions.$inferInsert => ({
      publication: "published",
      updatedAt: new Date("2022-04-01T00:00:00Z"),
      ...base,
      ...v,
    }));
    // One transaction: published statements must cite a source by the time it commits.
    const inserted = await db.transaction(async (tx) => {
      const written = await tx.insert(positions).values(values).returning();
      const [source] = await tx.select({ id: sources.id }).from(sources).limit(1);
      if (!source) throw new Error("seed has no source");
      await tx
        .insert(positionSources)
        .values(written.map((p) => ({ positionId: p.id, sourceId: source.id })));
      return written;
    });
    rows.push(...inserted);
  });

  it("applies the tie-break, skips drafts and deleted rows, and agrees with pickAsOf on every day", async () => {
    const { db } = get();
    const days = [
      "2022-03-09",
      "2022-03-10",
      "2022-03-12",
      "2022-03-13",
      "2022-03-14",
      "2022-03-15",
      "2022-04-30",
    ];
    const [cell] = await getCompareMatrix(db, {
      dates: days,
      partySlugs: ["edge-party"],
      topicSlugs: ["edge-topic"],
    });
    const stances = cell?.byDate.map((p) => p?.stance ?? null);
    expect(stances).toEqual([null, "opposes", "opposes", "opposes", "opposes", "conditional", "conditional"]);
    days.forEach((day, i) => {
      expect(cell?.byDate[i]?.id ?? null).toBe(pickAsOf(rows, day)?.id ?? null);
    });
  });
});
