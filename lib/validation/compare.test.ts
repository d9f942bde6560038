import { describe, expect, it } from "vitest";
import { compareSearch, describeIssues, parseCompareQuery } from "./compare";

describe("parseCompareQuery", () => {
  it("reads a cited link", () => {
    const parsed = parseCompareQuery(
      new URLSearchParams("a=2022-02-28&b=2022-03-29&parties=ukraine,russia&topics=donbas&changed=1"),
    );
    expect(parsed.success && parsed.data).toEqual({
      a: "2022-02-28",
      b: "2022-03-29",
      parties: ["ukraine", "russia"],
      topics: ["donbas"],
      changed: true,
      page: 1,
    });
  });

  it("reads a plain form: blank fields and repeated checkbox keys", () => {
    const parsed = parseCompareQuery({
      a: "2022-02-28",
      b: "",
      parties: ["ukraine", "turkey"],
      changed: "on",
    });
    expect(parsed.success && parsed.data).toEqual({
      a: "2022-02-28",
      b: undefined,
      parties: ["ukraine", "turkey"],
      topics: [],
      changed: true,
      page: 1,
    });
  });

  it("defaults to everything when the query is empty", () => {
    const parsed = parseCompareQuery({});
    expect(parsed.success && parsed.data).toEqual({ parties: [], topics: [], changed: false, page: 1 });
  });

  it.each([
    ["a=2022-02-30", "Date A"],
    ["b=yesterday", "Date B"],
    ["parties=Ukraine", "parties"],
    ["topics=<script>", "topics"],
    ["changed=maybe", "changed"],
  ])("refuses %s with a readable message", (query, field) => {
    const parsed = parseCompareQuery(new URLSearchParams(query));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error)[0]).toMatch(new RegExp(`^${field}: `));
  });
});

describe("compareSearch", () => {
  it("writes the canonical, readable query", () => {
    expect(
      compareSearch({ a: "2022-02-28", b: "2022-03-29", parties: ["ukraine", "russia"], changed: true }),
    ).toBe("a=2022-02-28&b=2022-03-29&parties=ukraine,russia&changed=1");
    expect(compareSearch({ a: "2022-03-29", topics: [] })).toBe("a=2022-03-29");
  });

  it("round-trips through the parser", () => {
    const state = {
      a: "2022-02-28",
      b: "2022-03-29",
      parties: ["turkey"],
      topics: ["ceasefire"],
      changed: false,
      page: 1,
    };
    const parsed = parseCompareQuery(new URLSearchParams(compareSearch(state)));
    expect(parsed.success && parsed.data).toEqual(state);
  });
});
