import { describe, expect, it } from "vitest";
import { isoDate, requiredText, slug, slugList } from "./common";

describe("isoDate", () => {
  it("accepts real days", () => {
    expect(isoDate.parse("2022-02-28")).toBe("2022-02-28");
    expect(isoDate.parse("2024-02-29")).toBe("2024-02-29");
  });
  it.each(["2022-02-30", "2022-13-01", "22-03-01", "2022-3-1", "", "2022-03-01T00:00"])(
    "refuses %j",
    (value) => {
      expect(isoDate.safeParse(value).success).toBe(false);
    },
  );
});

describe("form messages say what the user sees", () => {
  const first = (
    schema: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } },
    v: unknown,
  ) => schema.safeParse(v).error?.issues.map((i) => i.message);
  it("an empty date asks for a date, nothing about a format", () => {
    expect(first(isoDate, "")).toEqual(["Enter a date"]);
    expect(first(isoDate, "2022-3-1")).toEqual(["Use the form YYYY-MM-DD"]);
    expect(first(isoDate, "2022-02-30")).toEqual(["Not a real calendar date"]);
  });
  it("an empty title says it is required; a short one says how short", () => {
    const title = requiredText("Title", 3, 300);
    expect(first(title, "   ")).toEqual(["Title is required"]);
    expect(first(title, "ab")).toEqual(["At least 3 characters"]);
    expect(title.parse(" Antalya ")).toBe("Antalya");
  });
});

describe("slug", () => {
  it("accepts lower-case words joined by hyphens", () => {
    expect(slug.parse("istanbul-talks-2022-03-29")).toBe("istanbul-talks-2022-03-29");
  });
  it.each(["Istanbul", "a--b", "-a", "a b", "<script>"])("refuses %j", (value) => {
    expect(slug.safeParse(value).success).toBe(false);
  });
});

describe("slugList", () => {
  it("splits a comma list", () => {
    expect(slugList.parse("ukraine, russia,")).toEqual(["ukraine", "russia"]);
    expect(slugList.parse(undefined)).toEqual([]);
  });
  it("refuses a bad member", () => {
    expect(slugList.safeParse("ukraine,<b>").success).toBe(false);
  });
});
