import { describe, expect, it } from "vitest";
import { isoDate, slug, slugList } from "./common";

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
