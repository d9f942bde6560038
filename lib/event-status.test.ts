import { describe, expect, it } from "vitest";
import { localToday, statusForDate } from "./event-status";

describe("statusForDate", () => {
  it("a past day was held; today and later are scheduled", () => {
    expect(statusForDate("2022-03-10", "2026-11-30")).toBe("held");
    expect(statusForDate("2026-11-29", "2026-11-30")).toBe("held");
    expect(statusForDate("2026-11-30", "2026-11-30")).toBe("scheduled");
    expect(statusForDate("2027-01-05", "2026-11-30")).toBe("scheduled");
  });
  it("no date, no default", () => {
    expect(statusForDate("", "2026-11-30")).toBeNull();
  });
  it("today is the local calendar day", () => {
    expect(localToday(new Date(2022, 2, 10, 23, 30))).toBe("2022-03-10");
  });
});
