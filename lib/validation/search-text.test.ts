import { describe, expect, it } from "vitest";
import { eventsQuerySchema } from "./events-query";
import { editorListQuery, searchText } from "./search-text";
import { timelineQuerySchema } from "./timeline-query";

describe("searchText", () => {
  it("trims and turns control characters (NUL, tab, DEL, C1) into spaces", () => {
    expect(searchText.parse("  Kiev ")).toBe("Kiev");
    expect(searchText.parse("a\u0000b")).toBe("a b");
    expect(searchText.parse("\u0000")).toBe("");
    expect(searchText.parse("x\ty\u007fz\u0085")).toBe("x y z");
    expect(searchText.parse("Ерdoğan 🕊")).toBe("Ерdoğan 🕊");
  });

  it("refuses more than 200 characters", () => {
    expect(searchText.safeParse("x".repeat(200)).success).toBe(true);
    expect(searchText.safeParse("x".repeat(201)).success).toBe(false);
  });

  it("is what the API and the timeline endpoint parse `q` with", () => {
    const window = { from: "2022-01-01", to: "2022-12-31" };
    expect(timelineQuerySchema.parse({ ...window, q: " a\u0000b " }).q).toBe("a b");
    expect(timelineQuerySchema.parse({ ...window, q: "\u0000" }).q).toBeUndefined();
    expect(eventsQuerySchema.parse({ q: "\tKyiv\n" }).q).toBe("Kyiv");
    expect(eventsQuerySchema.safeParse({ q: "x".repeat(300) }).success).toBe(false);
  });

  it("gives editor lists the cleaned text, or nothing when unusable", () => {
    expect(editorListQuery(undefined)).toBe("");
    expect(editorListQuery(["  Gomel ", "other"])).toBe("Gomel");
    expect(editorListQuery("Gomel\u0000")).toBe("Gomel");
    expect(editorListQuery("x".repeat(201))).toBe("");
  });
});
