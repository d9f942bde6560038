import { describe, expect, it } from "vitest";
import { parseEmbedOptions, viewQuery } from "./options";

describe("embed options", () => {
  it("is compact and light by default", () => {
    expect(parseEmbedOptions({})).toEqual({ list: false, height: null, theme: "light" });
  });
  it("reads list, a bounded height and the dark theme", () => {
    expect(parseEmbedOptions({ list: "1", height: "99999", theme: "dark" })).toEqual({
      list: true,
      height: 2000,
      theme: "dark",
    });
    expect(parseEmbedOptions({ height: "nope" }).height).toBeNull();
  });
  it("links back to the same view without the embed's own parameters", () => {
    expect(viewQuery({ q: "Istanbul", from: "2022-03-01", height: "400", theme: "dark", list: "1" })).toBe(
      "?q=Istanbul&from=2022-03-01",
    );
    expect(viewQuery({ height: "400" })).toBe("");
  });
});
