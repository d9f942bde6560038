import { describe, expect, it, test } from "vitest";
import { addDays, daysBetween, defaultWindow, fetchRange } from "./timeline-window";

describe("defaultWindow", () => {
  it("shows all of a short record with a margin", () => {
    const w = defaultWindow({ first: "2022-02-28", last: "2022-03-31" });
    expect(w.from < "2022-02-28" && w.to > "2022-03-31").toBe(true);
  });
  it("shows the latest year of a long record", () => {
    expect(defaultWindow({ first: "2010-01-01", last: "2022-03-31" })).toEqual({
      from: "2021-03-31",
      to: "2022-04-30",
    });
  });
  it("falls back to the year around today when there is no data", () => {
    expect(defaultWindow(null, "2026-11-23")).toEqual({ from: "2025-11-23", to: "2026-12-23" });
  });
});

describe("fetchRange", () => {
  it("covers the window plus half its width each side", () => {
    const r = fetchRange("2022-03-01", "2022-03-31");
    expect(daysBetween(r.from, "2022-03-01")).toBeGreaterThanOrEqual(15);
    expect(daysBetween("2022-03-31", r.to)).toBeGreaterThanOrEqual(15);
  });
  it("gives the same range for a small pan, so the cache answers", () => {
    expect(fetchRange("2022-03-01", "2022-03-31")).toEqual(fetchRange("2022-03-02", "2022-04-01"));
  });
  it("does arithmetic across month ends", () => {
    expect(addDays("2022-02-28", 1)).toBe("2022-03-01");
  });
});

test("windows at the edge of time stay within years 1–9999 instead of becoming '-000001-…'", () => {
  expect(addDays("0001-01-01", -30)).toBe("0001-01-01");
  expect(addDays("9999-12-31", 30)).toBe("9999-12-31");
  const range = fetchRange("0001-01-01", "0001-03-01");
  expect(range.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(range.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
