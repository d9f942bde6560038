import { describe, expect, it } from "vitest";
import { uniqueBy } from "./unique-by";

describe("uniqueBy", () => {
  it("keeps the first item of each key, in order", () => {
    const cited = [
      { sourceId: "a", excerpt: "first" },
      { sourceId: "b", excerpt: "only" },
      { sourceId: "a", excerpt: "second" },
    ];
    expect(uniqueBy(cited, (s) => s.sourceId)).toEqual([
      { sourceId: "a", excerpt: "first" },
      { sourceId: "b", excerpt: "only" },
    ]);
  });
});
