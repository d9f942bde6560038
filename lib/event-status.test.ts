import { describe, expect, it } from "vitest";
import { readerStatus } from "./event-status";

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
