import { describe, expect, it } from "vitest";
import { readerStatus, statusForDate } from "./event-status";

describe("readerStatus", () => {
  const istanbul = { status: "scheduled", startsOn: "2022-03-29", endsOn: "2022-03-31" };

  it("says the outcome is not recorded once a scheduled event's last day has passed", () => {
    expect(readerStatus(istanbul, "2026-11-30")).toEqual({
      key: "outcome-not-recorded",
      label: "Outcome not recorded",
    });
  });

  it("keeps 'Scheduled' up to and including the last day", () => {
    expect(readerStatus(istanbul, "2022-03-31").label).toBe("Scheduled");
    expect(readerStatus({ ...istanbul, endsOn: null }, "2022-03-29").label).toBe("Scheduled");
    expect(readerStatus({ ...istanbul, endsOn: null }, "2022-03-30").label).toBe("Outcome not recorded");
  });

  it("leaves other statuses alone", () => {
    expect(readerStatus({ ...istanbul, status: "held" }, "2026-01-01").label).toBe("Held");
  });
});

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
});
