import { describe, expect, it } from "vitest";
import { icalStatus, nextDay } from "./calendar";

describe("calendar helpers", () => {
  it("gives the exclusive end day across months and leap days", () => {
    expect(nextDay("2022-03-31")).toBe("2022-04-01");
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2022-12-31")).toBe("2023-01-01");
  });

  it.each([
    ["scheduled", "day", "CONFIRMED"],
    ["scheduled", "month", "TENTATIVE"],
    ["scheduled", "approximate", "TENTATIVE"],
    ["postponed", "day", "TENTATIVE"],
    ["cancelled", "day", "CANCELLED"],
    ["held", "day", "CONFIRMED"],
  ])("maps %s with %s precision to %s", (status, datePrecision, expected) => {
    expect(icalStatus({ status, datePrecision })).toBe(expected);
  });
});
