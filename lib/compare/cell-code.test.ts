import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stances } from "@/lib/domain";
import { decodeCell, encodeCell } from "./cell-code";
import type { CellChange } from "./rules";

const changes: CellChange[] = ["none", "first-stated", "withdrawn", "changed", "restated", "unchanged"];
const stanceAt = fc.option(fc.record({ stance: fc.constantFrom(...stances), redLine: fc.boolean() }));

describe("matrix cell codes", () => {
  it("decode what was encoded, in three characters", () => {
    fc.assert(
      fc.property(fc.constantFrom(...changes), stanceAt, stanceAt, (change, a, b) => {
        const code = encodeCell(change, a, b);
        expect(code).toHaveLength(3);
        const cell = decodeCell(code);
        expect(cell.change).toBe(change);
        expect(cell.a).toEqual(a);
        expect(cell.b).toEqual(b);
      }),
    );
  });

  it("count one statement when the same one is in force on both dates, two when it was restated", () => {
    const c = { stance: "conditional", redLine: false };
    expect(decodeCell(encodeCell("unchanged", c, c)).statements).toBe(1);
    expect(decodeCell(encodeCell("restated", c, c)).statements).toBe(2);
    expect(decodeCell(encodeCell("first-stated", null, c)).statements).toBe(1);
    expect(decodeCell(encodeCell("none", null, null)).statements).toBe(0);
  });

  it("highlight what moved", () => {
    const s = { stance: "supports", redLine: true };
    expect(decodeCell(encodeCell("changed", s, { stance: "opposes", redLine: false })).highlighted).toBe(
      true,
    );
    expect(decodeCell(encodeCell("unchanged", s, s)).highlighted).toBe(false);
  });
});
