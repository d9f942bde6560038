import { describe, expect, it } from "vitest";
import { lanes, partyLanes, redLineRecord, restatements } from "./steps";

const row = (id: string, party: string, stance: string, kind = "position") => ({ id, party, stance, kind });

describe("lanes", () => {
  it("groups by key in first-seen order and labels each step within its lane", () => {
    const result = lanes(
      [
        row("1", "ukraine", "supports", "red_line"),
        row("2", "russia", "opposes"),
        row("3", "ukraine", "supports", "red_line"),
        row("4", "ukraine", "conditional", "offer"),
      ],
      (r) => r.party,
    );
    expect(result.map((l) => l.key)).toEqual(["ukraine", "russia"]);
    expect(result[0]?.steps.map((s) => s.label)).toEqual([
      "first stated",
      "red line restated",
      "red line softened",
    ]);
    expect(result[1]?.steps.map((s) => s.label)).toEqual(["first stated"]);
  });
});

describe("redLineRecord", () => {
  it("is null when the topic was never a red line", () => {
    const [lane] = lanes([row("1", "u", "supports"), row("2", "u", "opposes")], (r) => r.party);
    expect(redLineRecord(lane?.steps ?? [])).toBeNull();
  });

  it("records first statement, restatements, softening and reinstatement", () => {
    const [lane] = lanes(
      [
        row("0", "u", "open"),
        row("1", "u", "supports", "red_line"),
        row("2", "u", "supports", "red_line"),
        row("3", "u", "opposes", "position"),
        row("4", "u", "supports", "red_line"),
      ],
      (r) => r.party,
    );
    const record = redLineRecord(lane?.steps ?? []);
    expect(record?.firstStated.id).toBe("1");
    expect(record?.restated.map((p) => p.id)).toEqual(["2"]);
    expect(record?.reinstated.map((p) => p.id)).toEqual(["4"]);
    expect(record?.ended).toBeNull();
  });

  it("keeps how a red line ended", () => {
    const [lane] = lanes([row("1", "u", "supports", "red_line"), row("2", "u", "opposes")], (r) => r.party);
    expect(redLineRecord(lane?.steps ?? [])?.ended).toMatchObject({ how: "dropped", position: { id: "2" } });
  });
});

describe("partyLanes", () => {
  const said = (id: string, process: string, stance: string, kind = "position") => ({
    id,
    stance,
    kind,
    topic: { slug: "elections" },
    process: { slug: process },
  });

  it("keeps a red line of one process apart from what the party says in another", () => {
    // A mediator's red line in one negotiation is not dropped by its stance in another.
    const result = partyLanes([said("1", "a", "opposes", "red_line"), said("2", "b", "supports")]);
    expect(result).toHaveLength(2);
    const [inA, inB] = result;
    expect(redLineRecord(inA?.steps ?? [])?.ended).toBeNull();
    expect(inB?.steps.map((s) => s.label)).toEqual(["first stated"]);
  });

  it("within one process, lanes are the topics", () => {
    const result = partyLanes([said("1", "a", "opposes", "red_line"), said("2", "a", "supports")]);
    expect(result).toHaveLength(1);
    expect(redLineRecord(result[0]?.steps ?? [])?.ended?.how).toBe("dropped");
  });
});

describe("restatements", () => {
  it("lists restated and reinstated statements in date order", () => {
    const at = (id: string, statedOn: string, stance: string, kind = "red_line") => ({
      id,
      statedOn,
      stance,
      kind,
    });
    const [lane] = lanes(
      [
        at("1", "2022-08-09", "opposes"),
        at("2", "2023-12-07", "opposes"),
        at("3", "2024-01-10", "supports", "position"),
        at("4", "2025-12-25", "opposes"),
        at("5", "2026-07-28", "opposes"),
      ],
      () => "t",
    );
    const record = redLineRecord(lane?.steps ?? []);
    if (!record) throw new Error("no record");
    expect(restatements(record).map((p) => p.statedOn)).toEqual(["2023-12-07", "2025-12-25", "2026-07-28"]);
  });
});
