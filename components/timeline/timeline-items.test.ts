import { describe, expect, it } from "vitest";
import type { EventView } from "@/lib/queries/events";
import { buildTimeline, initialWindow, TALKS_LANE } from "./timeline-items";

function event(overrides: Partial<EventView>): EventView {
  return {
    id: "e1",
    slug: "e1",
    title: "Event",
    summary: "",
    kind: "talks",
    status: "held",
    format: null,
    startsOn: "2022-03-29",
    endsOn: null,
    datePrecision: "day",
    locationName: null,
    country: null,
    updatedAt: "2022-03-29T00:00:00.000Z",
    participants: [],
    sources: [],
    ...overrides,
  };
}

const ukraine = { partySlug: "ukraine", partyName: "Ukraine", color: "#0057b7" };

describe("buildTimeline", () => {
  it("puts talks in the shared lane and a speech in the speaker's party lane", () => {
    const { lanes, entries } = buildTimeline([
      event({ id: "talks", kind: "talks" }),
      event({ id: "speech", kind: "speech", participants: [{ ...ukraine, role: "speaker" }] }),
    ]);
    expect(entries.find((e) => e.id === "talks")?.lane).toBe(TALKS_LANE);
    expect(entries.find((e) => e.id === "speech")).toMatchObject({ lane: "party:ukraine", color: "#0057b7" });
    expect(lanes.map((l) => l.label)).toEqual(["Talks & meetings", "Ukraine"]);
  });

  it("draws multi-day events as ranges ending after their last day", () => {
    const { entries } = buildTimeline([event({ startsOn: "2022-03-29", endsOn: "2022-03-31" })]);
    expect(entries[0]).toMatchObject({ start: "2022-03-29", end: "2022-04-01" });
  });

  it("frames every event in the first window", () => {
    const { entries } = buildTimeline([
      event({ id: "a", startsOn: "2022-02-28" }),
      event({ id: "b", startsOn: "2022-03-29" }),
    ]);
    const window = initialWindow(entries);
    expect(window && window.start < "2022-02-28" && window.end > "2022-03-29").toBe(true);
    expect(initialWindow([])).toBeNull();
  });
});
