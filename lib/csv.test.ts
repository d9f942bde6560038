import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { writeCsv } from "./csv";

const roundTrip = (cells: (string | number)[]) =>
  Papa.parse<string[]>(
    writeCsv(
      ["a"],
      cells.map((c) => [c]),
    ),
    { skipEmptyLines: false },
  ).data.slice(1);

describe("writeCsv", () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["-", "'-"],
    ["-12", "-12"],
    ["-0.5", "-0.5"],
    ["Smith & sons", "Smith & sons"],
    ["a = b", "a = b"],
  ])("writes %j as %j", (input, expected) => {
    expect(roundTrip([input])).toEqual([[expected]]);
  });

  it("keeps numbers as numbers, negative ones included", () => {
    expect(roundTrip([-3, 4.5])).toEqual([["-3"], ["4.5"]]);
  });

  it("never writes a text cell a spreadsheet would run, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 20 }), { minLength: 1, maxLength: 5 }),
        (cells) => {
          const parsed = Papa.parse<string[]>(
            writeCsv(
              ["a"],
              cells.map((c) => [c]),
            ),
            { newline: "\r\n" },
          );
          const out = parsed.data.slice(1).map((r) => r[0] ?? "");
          for (const cell of out) expect(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/.test(cell)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
