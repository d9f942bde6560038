import type { CellChange } from "./rules";
import type { Comparison } from "./view";

/** What a cell shows before it is opened: the stance in force, nothing of the statement behind it. */
export type StanceRef = { id: string; stance: string; redLine: boolean };
export type MatrixCellView = {
  change: CellChange;
  highlighted: boolean;
  a: StanceRef | null;
  b: StanceRef | null;
};
export type MatrixView = {
  /** The comparison's process: its cells' details come from that process only. */
  process?: string;
  a: string;
  b: string | null;
  changedOnly: boolean;
  parties: { slug: string; name: string; color: string }[];
  rows: { slug: string; name: string; cells: MatrixCellView[] }[];
};

const ref = (p: { id: string; stance: string; kind: string } | null): StanceRef | null =>
  p ? { id: p.id, stance: p.stance, redLine: p.kind === "red_line" } : null;

/**
 * The matrix as the browser receives it: stances only, so the page weighs the
 * same at 10,000 statements as at 100,000. Quotes, speakers and sources load
 * per cell on demand (GET /api/v1/compare/cell).
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
      cells: r.cells.map((cell) => ({
        change: cell.change,
        highlighted: cell.highlighted,
        a: ref(cell.a),
        b: ref(cell.b),
      })),
    })),
  };
}
