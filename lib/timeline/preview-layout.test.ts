import { describe, expect, it } from "vitest";
import type { TimelineItem } from "@/lib/queries/timeline";
import { buildEntries, type Lane } from "./lanes";
import { layoutPreview, previewTicks } from "./preview-layout";

const lanes: Lane[] = [
  { id: "party:b", label: "B", color: "#0057b7", order: 2 },
  { id: "talks", label: "Talks & meetings", color: null, order: 0 },
];
const window = { from: "2022-03-01", to: "2022-03-31" };

const item = (id: string, start: string, overrides: Partial<TimelineItem> = {}): TimelineItem => ({
  type: "event",
  process: "talks-2022",
  id,
  slug: id,
  lane: "talks",
  title: "Talks",
  start,
  end: null,
  status: "held",
  precision: "day",
  kind: "talks",
  color: null,
  ...overrides,
});

describe("layoutPreview", () => {
  it("keeps the lane order and places entries in percent of the window", () => {
    const rows = layoutPreview(lanes, buildEntries([item("a", "2022-03-16")], []), window);
    expect(rows.map((r) => r.lane.id)).toEqual(["talks", "party:b"]);
    expect(rows[0]?.boxes[0]?.left).toBe(50);
    expect(rows[0]?.boxes[0]?.shape).toBe("box");
    expect(rows[1]?.boxes).toEqual([]);
  });

  it("leaves out what is outside the window and gives ranges a width", () => {
    const entries = buildEntries(
      [item("old", "2022-01-01"), item("r", "2022-03-01", { end: "2022-03-15", lane: "party:b" })],
      [],
    );
    const rows = layoutPreview(lanes, entries, window);
    expect(rows[0]?.boxes).toEqual([]);
    expect(rows[1]?.boxes[0]?.shape).toBe("range");
    expect(rows[1]?.boxes[0]?.width).toBe(50); // to the 16th, exclusive
  });

  it("stacks entries that would overlap, latest first, and reuses a row once it is free", () => {
    const entries = buildEntries(
      [item("a", "2022-03-01"), item("b", "2022-03-02"), item("c", "2022-03-28")],
      [],
    );
    const [talks] = layoutPreview(lanes, entries, window);
    // Latest first, as vis-timeline stacks: c and b on the top row, a below b.
    expect(talks?.boxes.map((b) => b.top)).toEqual([52, 3, 3]);
    expect(talks?.height).toBe(98);
  });

  it("on a phone, a title that wraps to two lines pushes the entry stacked below it further down", () => {
    const long = "Russia–Ukraine talks in the Gomel region";
    const entries = buildEntries(
      [item("a", "2022-03-01", { title: long }), item("b", "2022-03-02", { title: long })],
      [],
    );
    const [desktop] = layoutPreview(lanes, entries, window, { widthPx: 1000 });
    const [phone] = layoutPreview(lanes, entries, window, { widthPx: 340, wrapChars: 24 });
    expect(desktop?.boxes.map((b) => b.top)).toEqual([52, 3]);
    // A second line adds 17 px, as measured on the canvas (a two-line box is 60 px).
    expect(phone?.boxes.map((b) => b.top)).toEqual([69, 3]);
    expect(phone?.height).toBe(132);
  });

  it("keeps vis-timeline's axis margin (20 px) below the bottom lane's items, half an item margin elsewhere", () => {
    const entries = buildEntries(
      [item("t", "2022-03-10"), item("p", "2022-03-10", { lane: "party:b", type: "position" })],
      [],
    );
    const [talks, party] = layoutPreview(lanes, entries, window);
    expect(talks?.boxes[0]?.top).toBe(3);
    expect(talks?.height).toBe(3 + 43 + 3);
    expect(party?.boxes[0]?.top).toBe(3);
    expect(party?.height).toBe(3 + 28 + 20);
  });
});

describe("previewTicks", () => {
  it("labels months for a year, with the year on the first and on January", () => {
    const labels = previewTicks({ from: "2024-11-15", to: "2025-03-10" }).map((t) => t.label);
    expect(labels).toEqual(["Dec 2024", "Jan 2025", "Feb", "Mar"]);
  });

  it("labels years for a decade", () => {
    const labels = previewTicks({ from: "2016-01-01", to: "2025-12-31" }).map((t) => t.label);
    expect(labels[0]).toBe("2016");
    expect(labels).toHaveLength(10);
  });

  it("spaces labels by the width they are drawn at, so a phone's axis has no overlapping text", () => {
    const window = { from: "2025-03-15", to: "2026-03-15" };
    for (const widthPx of [1000, 340]) {
      const ticks = previewTicks(window, widthPx);
      const gaps = ticks.slice(1).map((t, i) => ((t.left - (ticks[i]?.left ?? 0)) / 100) * widthPx);
      // "Apr 2025" at 13 px is ~56 px wide.
      expect(Math.min(...gaps), `${widthPx} px`).toBeGreaterThanOrEqual(60);
      expect(ticks.length, `${widthPx} px`).toBeGreaterThanOrEqual(3);
    }
  });
});
