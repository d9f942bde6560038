import { describe, expect, it } from "vitest";
import { formatDateRange } from "./dates";

describe("formatDateRange", () => {
  it("writes a day", () => expect(formatDateRange("2022-02-28", null, "day")).toBe("28 February 2022"));
  it("writes a range within a month", () =>
    expect(formatDateRange("2022-03-29", "2022-03-31", "day")).toBe("29–31 March 2022"));
  it("writes a range across months", () =>
    expect(formatDateRange("2022-03-29", "2022-04-02", "day")).toBe("29 March – 2 April 2022"));
  it("writes a month", () => expect(formatDateRange("2022-03-01", null, "month")).toBe("March 2022"));
  it("marks an approximate date", () =>
    expect(formatDateRange("2022-03-28", null, "approximate")).toBe("c. 28 March 2022"));
});
