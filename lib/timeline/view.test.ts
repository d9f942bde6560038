import { describe, expect, it } from "vitest";
import { resolveTimelineView } from "./view";

const base = {
  from: null,
  to: null,
  parties: [],
  kinds: [],
  topics: [],
  status: [],
  q: "",
  lanes: "party" as const,
};
const fallback = { from: "2022-02-01", to: "2022-04-30" };

describe("resolveTimelineView", () => {
  it("uses the default window when the link has none", () => {
    expect(resolveTimelineView(base, fallback)).toMatchObject({ range: fallback, repaired: false });
  });
  it("keeps a valid shared view", () => {
    const view = resolveTimelineView(
      { ...base, from: "2022-03-01", to: "2022-03-31", parties: ["ukraine"], q: "Istanbul" },
      fallback,
    );
    expect(view).toMatchObject({ range: { from: "2022-03-01", to: "2022-03-31" }, repaired: false });
    expect(view.filters).toMatchObject({ parties: ["ukraine"], q: "Istanbul" });
  });
  it("drops invalid parts instead of failing", () => {
    const view = resolveTimelineView({ ...base, from: "2022-13-45", kinds: ["<script>"] }, fallback);
    expect(view.repaired).toBe(true);
    expect(view.range.from).toBe(fallback.from);
    expect(view.filters.kinds).toEqual([]);
  });
  it("refuses a window that ends before it starts", () => {
    expect(resolveTimelineView({ ...base, from: "2022-03-31", to: "2022-03-01" }, fallback).range.to).toBe(
      fallback.to,
    );
  });
});
