import { describe, expect, it, test } from "vitest";
import { addDays, daysBetween } from "../dates";
import { defaultWindow, fetchRange, fitAllWindow, neighbourRanges, phoneWindow, zoomWindow } from "./window";

describe("defaultWindow", () => {
  it("shows all of a short record with a margin", () => {
    const w = defaultWindow({ first: "2022-02-28", last: "2022-03-31" });
    expect(w.from < "2022-02-28" && w.to > "2022-03-31").toBe(true);
  });
  it("shows the latest round of a long record with context, not against the right edge", () => {
    const w = defaultWindow({ first: "2010-01-01", last: "2022-03-31" });
    expect(daysBetween(w.from, "2022-03-31")).toBeGreaterThanOrEqual(180);
    expect(daysBetween("2022-03-31", w.to)).toBeGreaterThanOrEqual(60);
  });
  it("falls back to the year around today when there is no data", () => {
    expect(defaultWindow(null, "2026-11-23")).toEqual({ from: "2025-11-23", to: "2026-12-23" });
  });
});

describe("phoneWindow", () => {
  // A box on a phone is ~190 px wide (11rem title + padding) on a track of 290–320 px (seed: the Istanbul round).
  const boxEndsInTrack = (w: { from: string; to: string }, start: string, trackPx: number) =>
    (daysBetween(w.from, start) / daysBetween(w.from, w.to)) * trackPx + 190 <= trackPx;

  it("puts the latest round where its box fits on a 360–390 px phone, with the days before it", () => {
    const w = phoneWindow({ first: "2022-02-28", last: "2022-03-31" });
    for (const track of [290, 320]) expect(boxEndsInTrack(w, "2022-03-29", track)).toBe(true);
    // The calls and statements of 27–28 March that led to it are in view too.
    expect(w.from <= "2022-03-27").toBe(true);
  });
  it("would cut the round off with the desktop window (the bug it fixes)", () => {
    const w = defaultWindow({ first: "2022-02-28", last: "2022-03-31" });
    expect(boxEndsInTrack(w, "2022-03-29", 320)).toBe(false);
  });
  it("falls back to the default window when there is no data", () => {
    expect(phoneWindow(null, "2026-11-23")).toEqual(defaultWindow(null, "2026-11-23"));
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

describe("fitAllWindow", () => {
  it("holds the first and the last event with a margin", () => {
    const w = fitAllWindow({ first: "2010-01-01", last: "2022-03-31" });
    expect(w.from < "2010-01-01" && w.to > "2022-03-31").toBe(true);
  });
});

describe("zoomWindow", () => {
  it("zooms in on the selection, not on the middle of the window", () => {
    const w = zoomWindow({ from: "2022-01-01", to: "2022-12-31" }, 1, "2022-03-29");
    expect(daysBetween(w.from, w.to)).toBe(182);
    expect(w.from < "2022-03-29" && w.to > "2022-03-29").toBe(true);
    expect(Math.abs(daysBetween(w.from, "2022-03-29") - daysBetween("2022-03-29", w.to))).toBeLessThanOrEqual(
      1,
    );
  });
  it("zooms out around the middle when there is no focus", () => {
    expect(zoomWindow({ from: "2022-03-01", to: "2022-03-31" }, -1, null)).toEqual({
      from: "2022-02-14",
      to: "2022-04-15",
    });
  });
});

describe("neighbourRanges", () => {
  it("gives the ranges just before and after, of the same width, touching it", () => {
    const range = fetchRange("2022-03-21", "2022-04-18");
    const [before, after] = neighbourRanges(range);
    expect(before?.to).toBe(range.from);
    expect(after?.from).toBe(range.to);
    expect(daysBetween(before?.from ?? "", before?.to ?? "")).toBe(daysBetween(range.from, range.to));
    expect(daysBetween(after?.from ?? "", after?.to ?? "")).toBe(daysBetween(range.from, range.to));
  });
});
