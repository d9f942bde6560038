/**
 * Pure rules the compare views share: what counts as a change between two
 * dates, how a statement relates to the one before it, and how close the
 * parties' stances are on a topic. No database here, so each rule is unit-tested.
 */
import type { Stance } from "@/lib/domain";

export type StanceSnapshot = { id: string; stance: string; kind: string };

/**
 * How a cell moved from date A to date B:
 * - `none`: no stated position on either date;
 * - `first-stated`: nothing on A, a position on B;
 * - `withdrawn`: a position on A, none on B (only when B is before A);
 * - `changed`: stance or kind differs;
 * - `restated`: a newer statement with the same stance and kind;
 * - `unchanged`: the same statement is in force on both dates.
 */
export const cellChanges = ["none", "first-stated", "withdrawn", "changed", "restated", "unchanged"] as const;
export type CellChange = (typeof cellChanges)[number];

export function cellChange(a: StanceSnapshot | null, b: StanceSnapshot | null): CellChange {
  if (!a && !b) return "none";
  if (!a) return "first-stated";
  if (!b) return "withdrawn";
  if (a.id === b.id) return "unchanged";
  return a.stance === b.stance && a.kind === b.kind ? "restated" : "changed";
}

/** Whether the matrix highlights the cell: what an analyst reading "what moved?" wants to see. */
export function isHighlighted(change: CellChange): boolean {
  return change === "first-stated" || change === "withdrawn" || change === "changed";
}

/**
 * One statement against the one before it in a history (topic or party page).
 * Red lines get their own words: softened (no longer a red line, or conditional/open),
 * dropped (no longer a red line and the opposite stance).
 */
export type StepLabel =
  | "first stated"
  | "restated"
  | "stance changed"
  | "now a red line"
  | "red line restated"
  | "red line softened"
  | "red line dropped"
  | "kind changed";

const opposite: Record<string, string> = { supports: "opposes", opposes: "supports" };

export function stepLabel(prev: StanceSnapshot | null, next: StanceSnapshot): StepLabel {
  if (!prev) return "first stated";
  const wasRed = prev.kind === "red_line";
  const isRed = next.kind === "red_line";
  if (wasRed && isRed) return prev.stance === next.stance ? "red line restated" : "stance changed";
  if (wasRed) return opposite[prev.stance] === next.stance ? "red line dropped" : "red line softened";
  if (isRed) return "now a red line";
  if (prev.stance !== next.stance) return "stance changed";
  return prev.kind === next.kind ? "restated" : "kind changed";
}

/**
 * Convergence of the stances stated on one topic as of one date, pair by pair:
 * the same firm stance (both supports or both opposes) is `aligned`; supports
 * against opposes is `conflict`; anything involving conditional or open is
 * `room` (at least one side has signalled it could move). A topic takes the
 * worst pair: any conflict makes it a conflict; all pairs aligned make it
 * aligned; otherwise room. Fewer than two parties on record: `one-sided`/`silent`.
 */
export type PairVerdict = "aligned" | "room" | "conflict";
export type TopicVerdict = PairVerdict | "one-sided" | "silent";

export function pairVerdict(x: Stance | string, y: Stance | string): PairVerdict {
  if (x === "conditional" || x === "open" || y === "conditional" || y === "open") return "room";
  return x === y ? "aligned" : "conflict";
}

export function topicVerdict(stancesOnRecord: readonly string[]): TopicVerdict {
  if (stancesOnRecord.length === 0) return "silent";
  if (stancesOnRecord.length === 1) return "one-sided";
  let allAligned = true;
  for (const [i, x] of stancesOnRecord.entries()) {
    for (const y of stancesOnRecord.slice(i + 1)) {
      const verdict = pairVerdict(x, y);
      if (verdict === "conflict") return "conflict";
      if (verdict !== "aligned") allAligned = false;
    }
  }
  return allAligned ? "aligned" : "room";
}
