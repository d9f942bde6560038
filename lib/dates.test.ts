import { format, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDateRange, isoDay, localToday, today } from "./dates";

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

describe("day arithmetic", () => {
  it("moves across month ends, leap days and years", () => {
    expect(addDays("2022-03-31", 1)).toBe("2022-04-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2022-12-31", 1)).toBe("2023-01-01");
    expect(addDays("2022-03-01", -1)).toBe("2022-02-28");
  });
  it("counts whole days either way", () => {
    expect(daysBetween("2022-02-28", "2022-03-31")).toBe(31);
    expect(daysBetween("2022-03-31", "2022-02-28")).toBe(-31);
  });
});

describe("today", () => {
  it("is the UTC day for readers and the server", () => {
    expect(today(new Date("2022-03-10T23:30:00Z"))).toBe("2022-03-10");
    expect(isoDay(new Date("2022-03-11T00:00:00Z"))).toBe("2022-03-11");
  });
  it("is the local calendar day in the editor's form", () => {
    expect(localToday(new Date(2022, 2, 10, 23, 30))).toBe("2022-03-10");
  });
});

describe("formatDateRange without a date library", () => {
  // The old date-fns formatting, kept here as the reference the string-based one must match.
  const day = (iso: string) => format(parseISO(iso), "d MMMM yyyy");
  const reference = (start: string, end: string | null) => {
    if (!end || end === start) return day(start);
    if (start.slice(0, 7) === end.slice(0, 7)) return `${format(parseISO(start), "d")}–${day(end)}`;
    if (start.slice(0, 4) === end.slice(0, 4)) return `${format(parseISO(start), "d MMMM")} – ${day(end)}`;
    return `${day(start)} – ${day(end)}`;
  };
  const isoDays = fc
    .date({
      min: new Date("1000-01-01T00:00:00Z"),
      max: new Date("9999-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it("writes every day and range as date-fns did", () => {
    fc.assert(
      fc.property(isoDays, fc.integer({ min: 0, max: 800 }), (start, length) => {
        const end = length === 0 ? null : addDays(start, length);
        expect(formatDateRange(start, end, "day")).toBe(reference(start, end));
        expect(formatDateRange(start, null, "month")).toBe(format(parseISO(start), "MMMM yyyy"));
      }),
    );
  });
});
