import { describe, expect, it } from "vitest";
import { quickPicks } from "./quick-picks";

describe("quickPicks", () => {
  it("offers the day before and the day of each talks round, across month ends", () => {
    const picks = quickPicks([
      {
        slug: "gomel",
        title: "Talks in Gomel",
        kind: "talks",
        startsOn: "2022-03-01",
        locationName: "Gomel region",
      },
      { slug: "x", title: "Talks somewhere", kind: "talks", startsOn: "2022-03-29", locationName: null },
    ]);
    expect(picks).toEqual([
      { label: "Before Gomel region", date: "2022-02-28" },
      { label: "Gomel region, 1 Mar 2022", date: "2022-03-01" },
      { label: "Before Talks somewhere", date: "2022-03-28" },
      { label: "Talks somewhere, 29 Mar 2022", date: "2022-03-29" },
    ]);
  });

  it("is empty without rounds", () => {
    expect(quickPicks([])).toEqual([]);
  });
});
