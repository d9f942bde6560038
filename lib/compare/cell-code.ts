import { type Stance, stances } from "@/lib/domain";
import { type CellChange, isHighlighted } from "./rules";

/**
 * A matrix cell in three characters — change, stance on A, stance on B — so the
 * /compare page's React payload holds ~300 short strings instead of ~300 objects
 * with statement ids: it weighs the same whatever lies behind a cell.
 * A stance letter in upper case marks a red line; "-" means no stated position.
 */
export type CellCode = string;

const changeChar: Record<CellChange, string> = {
  none: "n",
  "first-stated": "f",
  withdrawn: "w",
  changed: "c",
  restated: "r",
  unchanged: "u",
};
const stanceChar: Record<Stance, string> = { supports: "s", opposes: "x", conditional: "c", open: "o" };
const changeOf = new Map(Object.entries(changeChar).map(([change, ch]) => [ch, change as CellChange]));
const stanceOf = new Map(stances.map((s) => [stanceChar[s], s]));

export type StanceAt = { stance: string; redLine: boolean };

function encodeStance(p: StanceAt | null): string {
  if (!p) return "-";
  const ch = stanceChar[p.stance as Stance] ?? "?";
  return p.redLine ? ch.toUpperCase() : ch;
}

function decodeStance(ch: string | undefined): StanceAt | null {
  if (!ch || ch === "-") return null;
  const lower = ch.toLowerCase();
  return { stance: stanceOf.get(lower) ?? "unknown", redLine: ch !== lower };
}

export function encodeCell(change: CellChange, a: StanceAt | null, b: StanceAt | null): CellCode {
  return `${changeChar[change]}${encodeStance(a)}${encodeStance(b)}`;
}

export type DecodedCell = {
  change: CellChange;
  highlighted: boolean;
  a: StanceAt | null;
  b: StanceAt | null;
  /** Distinct statements behind the cell: one when the same statement is in force on both dates. */
  statements: number;
};

export function decodeCell(code: CellCode): DecodedCell {
  const change = changeOf.get(code[0] ?? "") ?? "none";
  const a = decodeStance(code[1]);
  const b = decodeStance(code[2]);
  const statements = a && b && change !== "unchanged" ? 2 : a || b ? 1 : 0;
  return { change, highlighted: isHighlighted(change), a, b, statements };
}
