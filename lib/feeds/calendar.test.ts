import { describe, expect, it } from "vitest";
import type { DatePrecision, EventStatus } from "@/lib/domain";
import { icalStatus } from "./calendar";

describe("calendar helpers", () => {
  it.each<[EventStatus, DatePrecision, string]>([
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
