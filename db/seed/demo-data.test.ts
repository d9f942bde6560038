import { describe, expect, it } from "vitest";
import { demoParties, demoProcesses, demoTopics, generateDemo } from "./demo-data";

describe("demo data generator", () => {
  it("is deterministic: the same seed gives the same data set, another seed another", () => {
    expect(generateDemo()).toEqual(generateDemo());
    expect(generateDemo(1).events.map((e) => e.startsOn)).not.toEqual(
      generateDemo().events.map((e) => e.startsOn),
    );
  });

  it("marks everything as demo and cites only example.org/demo", () => {
    const { events, positions } = generateDemo();
    const slugs = [
      ...demoProcesses.map((p) => p.slug),
      ...demoParties.map((p) => p.slug),
      ...demoTopics.map((t) => t.slug),
      ...events.map((e) => e.slug),
    ];
    expect(slugs.filter((s) => !s.startsWith("demo-"))).toEqual([]);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(demoProcesses.every((p) => p.name.startsWith("Demo: "))).toBe(true);
    const urls = [...events.map((e) => e.sourceUrl), ...positions.map((p) => p.sourceUrl)];
    expect(urls.filter((u) => !u.startsWith("https://example.org/demo/"))).toEqual([]);
    expect(events.every((e) => !e.endsOn || e.endsOn >= e.startsOn)).toBe(true);
  });
});
