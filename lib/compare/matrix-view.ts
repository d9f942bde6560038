import { type CellCode, encodeCell } from "./cell-code";
import type { Comparison } from "./view";

export type MatrixView = {
  /** The comparison's process: its cells' details come from that process only. */
  process?: string;
  a: string;
  b: string | null;
  changedOnly: boolean;
  parties: { slug: string; name: string; color: string }[];
  /** One code per party, in the order of `parties` (lib/compare/cell-code.ts). */
  rows: { slug: string; name: string; cells: CellCode[] }[];
};

const stanceAt = (p: { stance: string; kind: string } | null) =>
  p ? { stance: p.stance, redLine: p.kind === "red_line" } : null;

/**
 * The matrix as the browser receives it: a three-letter code per cell, no
 * statement ids or text, so the page weighs the same at 10,000 statements as at
 * 100,000. Quotes, speakers and sources load per cell on demand
 * (GET /api/v1/compare/cell); without JavaScript a cell links to its topic's history.
 */
export function matrixView(c: Comparison): MatrixView {
  return {
    ...(c.process ? { process: c.process } : {}),
    a: c.a,
    b: c.b,
    changedOnly: c.changedOnly,
    parties: c.parties.map((p) => ({ slug: p.slug, name: p.name, color: p.color })),
    rows: c.rows.map((r) => ({
      slug: r.topic.slug,
      name: r.topic.name,
      cells: r.cells.map((cell) => encodeCell(cell.change, stanceAt(cell.a), stanceAt(cell.b))),
    })),
  };
}
