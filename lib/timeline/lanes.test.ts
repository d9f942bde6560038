import { describe, expect, it } from "vitest";
import type { TimelineItem } from "@/lib/queries/timeline";
import { buildEntries, buildLanes, drawnAsBox, itemMeta, visibleLanes } from "./lanes";

const facets = {
  processes: [],
  parties: [
    { slug: "russia", name: "Russia", color: "#b3261e" },
    { slug: "ukraine", name: "Ukraine", color: "#0057b7" },
  ],
  topics: [],
  span: null,
};

const item = (overrides: Partial<TimelineItem>): TimelineItem => ({
  type: "event",
  process: "talks-2022",
  id: "e1",
  slug: "e1",
  lane: "talks",
  title: "Talks",
  start: "2022-03-29",
  end: null,
  status: "held",
  precision: "day",
  kind: "talks",
  color: null,
  ...overrides,
});

describe("buildLanes", () => {
  it("gives talks a lane and every party its own, in a stable order", () => {
    expect(buildLanes("party", facets, [], []).map((l) => l.id)).toEqual([
      "talks",
      "party:russia",
      "party:ukraine",
    ]);
  });
  it("keeps only the filtered parties", () => {
    expect(buildLanes("party", facets, ["ukraine"], []).map((l) => l.label)).toEqual([
      "Talks & meetings",
      "Ukraine",
    ]);
  });
  it("lanes by kind with statements last", () => {
    const lanes = buildLanes("kind", facets, [], ["kind:position", "kind:speech", "kind:talks"]);
    expect(lanes.sort((a, b) => a.order - b.order).map((l) => l.id)).toEqual([
      "kind:talks",
      "kind:speech",
      "kind:position",
    ]);
  });
});

describe("buildEntries", () => {
  it("draws multi-day events as ranges ending after their last day", () => {
    const [entry] = buildEntries([item({ end: "2022-03-31" })], []);
    expect(entry).toMatchObject({ start: "2022-03-29", end: "2022-04-01" });
  });
  it("draws counts instead of items when the window is aggregated", () => {
    const entries = buildEntries([], [{ lane: "talks", start: "2022-03-28", end: "2022-04-04", count: 412 }]);
    expect(entries).toEqual([expect.objectContaining({ kind: "bucket", lane: "talks", end: "2022-04-04" })]);
  });
});

describe("legibility", () => {
  const istanbul = {
    kind: "item" as const,
    id: "i",
    lane: "talks",
    start: "2022-03-29",
    end: "2022-04-01",
    item: {} as never,
  };
  it("draws the three-day Istanbul round as a box until it is wide enough for its label", () => {
    // A 47-day window on 1,000 px: 3 days are ~64 px, a sliver.
    expect(drawnAsBox(istanbul, 1000 / 47)).toBe(true);
    expect(drawnAsBox(istanbul, 1000 / 10)).toBe(false);
  });
  it("hides lanes with nothing in them unless asked", () => {
    const lanes = [
      { id: "talks", label: "Talks", color: null, order: 0 },
      { id: "party:belarus", label: "Belarus", color: "#000", order: 1 },
    ];
    expect(visibleLanes(lanes, [istanbul], false).map((l) => l.id)).toEqual(["talks"]);
    expect(visibleLanes(lanes, [istanbul], true)).toHaveLength(2);
    expect(visibleLanes(lanes, [], false).map((l) => l.id)).toEqual(["talks"]);
  });
});

describe("itemMeta", () => {
  it("says 'outcome not recorded' on the canvas for a scheduled round whose dates have passed", () => {
    const item = {
      type: "event",
      id: "i",
      slug: "istanbul",
      lane: "talks",
      title: "Russia–Ukraine talks in Istanbul",
      start: "2022-03-29",
      end: "2022-03-31",
      status: "scheduled",
      precision: "day",
      kind: "talks",
      color: null,
      process: "talks-2022",
    } satisfies TimelineItem;
    expect(itemMeta(item)).toBe("2022-03-29 · outcome not recorded");
  });
});
