import { describe, expect, it } from "vitest";
import { type AsOfCandidate, chronological, compareAsOf, pickAsOf } from "./as-of-oracle";

const at = (iso: string) => new Date(iso);
function row(over: Partial<AsOfCandidate> & { id: string; statedOn: string }): AsOfCandidate {
  return { updatedAt: at("2022-04-01T00:00:00Z"), publication: "published", deletedAt: null, ...over };
}

describe("pickAsOf", () => {
  const rows = [
    row({ id: "00000000-0000-0000-0000-000000000001", statedOn: "2022-03-27" }),
    row({ id: "00000000-0000-0000-0000-000000000002", statedOn: "2022-03-29" }),
  ];

  it("returns null for a date before any statement", () => {
    expect(pickAsOf(rows, "2022-02-28")).toBeNull();
    expect(pickAsOf([], "2030-01-01")).toBeNull();
  });

  it("includes a statement made on the date itself (stated_on ≤ D)", () => {
    expect(pickAsOf(rows, "2022-03-27")?.id).toBe(rows[0]?.id);
    expect(pickAsOf(rows, "2022-03-28")?.id).toBe(rows[0]?.id);
    expect(pickAsOf(rows, "2022-03-29")?.id).toBe(rows[1]?.id);
  });

  it("breaks same-day ties by the most recent edit, then by id", () => {
    const older = row({ id: "f0000000-0000-0000-0000-000000000000", statedOn: "2022-03-27" });
    const edited = row({
      id: "a0000000-0000-0000-0000-000000000000",
      statedOn: "2022-03-27",
      updatedAt: at("2022-05-01T00:00:00Z"),
    });
    expect(pickAsOf([older, edited], "2022-03-27")?.id).toBe(edited.id);
    expect(pickAsOf([edited, older], "2022-03-27")?.id).toBe(edited.id);
    const twin = row({ id: "b0000000-0000-0000-0000-000000000000", statedOn: "2022-03-27" });
    expect(pickAsOf([older, twin], "2022-03-27")?.id).toBe(older.id);
    expect(pickAsOf([twin, older], "2022-03-27")?.id).toBe(older.id);
  });

  it("counts an approximate date from its earliest possible day", () => {
    const approx = row({ id: "00000000-0000-0000-0000-00000000000a", statedOn: "2022-03-28" });
    expect(pickAsOf([approx], "2022-03-27")).toBeNull();
    expect(pickAsOf([approx], "2022-03-28")?.id).toBe(approx.id);
  });

  it("ignores drafts and deleted rows, even when they are newer", () => {
    const live = row({ id: "00000000-0000-0000-0000-000000000001", statedOn: "2022-03-01" });
    const draft = row({
      id: "00000000-0000-0000-0000-000000000002",
      statedOn: "2022-03-10",
      publication: "draft",
    });
    const deleted = row({
      id: "00000000-0000-0000-0000-000000000003",
      statedOn: "2022-03-20",
      deletedAt: at("2022-03-21T00:00:00Z"),
    });
    expect(pickAsOf([live, draft, deleted], "2022-12-31")?.id).toBe(live.id);
    expect(pickAsOf([draft, deleted], "2022-12-31")).toBeNull();
  });
});

describe("compareAsOf and chronological", () => {
  it("orders later statements first and lists history oldest first", () => {
    const a = row({ id: "00000000-0000-0000-0000-000000000001", statedOn: "2022-03-01" });
    const b = row({ id: "00000000-0000-0000-0000-000000000002", statedOn: "2022-03-02" });
    const draft = row({
      id: "00000000-0000-0000-0000-000000000003",
      statedOn: "2022-03-03",
      publication: "draft",
    });
    expect(compareAsOf(a, b)).toBeGreaterThan(0);
    expect(compareAsOf(a, a)).toBe(0);
    expect(chronological([b, draft, a]).map((r) => r.id)).toEqual([a.id, b.id]);
  });
});
