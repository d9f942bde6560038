/**
 * Position histories for the topic and party pages: statements grouped into
 * lanes, each labelled against the one before it, and a party's red-line record.
 * Pure functions over rows already in as-of order (oldest first).
 */
import { type StanceSnapshot, type StepLabel, stepLabel } from "../compare/rules";

export type HistoryStep<T> = { position: T; label: StepLabel };
export type Lane<T> = { key: string; steps: HistoryStep<T>[] };

/** Groups rows by `keyOf` (first appearance order) and labels each statement against the previous in its lane. */
export function lanes<T extends StanceSnapshot>(rows: readonly T[], keyOf: (row: T) => string): Lane<T>[] {
  const byKey = new Map<string, HistoryStep<T>[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const steps = byKey.get(key) ?? [];
    steps.push({ position: row, label: stepLabel(steps.at(-1)?.position ?? null, row) });
    byKey.set(key, steps);
  }
  return [...byKey.entries()].map(([key, steps]) => ({ key, steps }));
}

export type RedLineRecord<T> = {
  firstStated: T;
  restated: T[];
  /** The statement that softened or dropped it, if any, and which. */
  ended: { position: T; how: "softened" | "dropped" } | null;
  /** Stated again as a red line after being softened or dropped. */
  reinstated: T[];
};

/** The red-line record of one lane, or null if the party never called this topic a red line. */
export function redLineRecord<T extends StanceSnapshot>(
  steps: readonly HistoryStep<T>[],
): RedLineRecord<T> | null {
  let record: RedLineRecord<T> | null = null;
  for (const { position, label } of steps) {
    if (!record) {
      if (position.kind === "red_line")
        record = { firstStated: position, restated: [], ended: null, reinstated: [] };
      continue;
    }
    if (label === "red line restated" || (label === "stance changed" && position.kind === "red_line")) {
      record.restated.push(position);
    } else if (label === "red line softened") record.ended = { position, how: "softened" };
    else if (label === "red line dropped") record.ended = { position, how: "dropped" };
    else if (label === "now a red line") {
      record.reinstated.push(position);
      record.ended = null;
    }
  }
  return record;
}

type PartyStatement = StanceSnapshot & { topic: { slug: string }; process: { slug: string } };

/**
 * A party's statements in lanes by topic, as its page shows them — by process
 * and topic once they span several processes: a mediator's red line in one
 * negotiation is neither restated nor dropped by what it says in another.
 */
export function partyLanes<T extends PartyStatement>(rows: readonly T[]): Lane<T>[] {
  const several = new Set(rows.map((r) => r.process.slug)).size > 1;
  return lanes(rows, (p) => (several ? `${p.process.slug}/${p.topic.slug}` : p.topic.slug));
}

/** Every later statement of a red line — restated, or stated again after it ended — oldest first. */
export function restatements<T extends StanceSnapshot & { statedOn: string }>(record: RedLineRecord<T>): T[] {
  // Each list is in date order; together they interleave (restated, softened, stated again, restated).
  return [...record.restated, ...record.reinstated].sort((a, b) => a.statedOn.localeCompare(b.statedOn));
}
