/**
 * THE as-of rule, stated once. A party's position on a topic as of day D is its
 * latest published, non-deleted position with stated_on ≤ D; ties on the day go
 * to the most recent edit (updated_at), then to the highest id so the answer is
 * deterministic. Month and approximate dates are stored as their earliest
 * possible day, so they count from that day and are flagged, never guessed later.
 *
 * lib/queries/compare.ts runs the same rule in SQL (ORDER BY stated_on desc,
 * updated_at desc, id desc over `positions_as_of_idx`); the integration tests
 * check the SQL against `pickAsOf` on the same rows.
 */

export type AsOfCandidate = {
  id: string;
  /** 'YYYY-MM-DD'; for month/approximate precision the earliest possible day. */
  statedOn: string;
  updatedAt: Date;
  publication: string;
  deletedAt: Date | null;
};

/** Only published rows that are not in the trash count for readers. */
export function isLive(row: Pick<AsOfCandidate, "publication" | "deletedAt">): boolean {
  return row.publication === "published" && row.deletedAt === null;
}

/** Sort comparator: the statement that wins the as-of rule comes first. */
export function compareAsOf(
  x: Pick<AsOfCandidate, "id" | "statedOn" | "updatedAt">,
  y: Pick<AsOfCandidate, "id" | "statedOn" | "updatedAt">,
): number {
  if (x.statedOn !== y.statedOn) return x.statedOn > y.statedOn ? -1 : 1;
  const dt = y.updatedAt.getTime() - x.updatedAt.getTime();
  if (dt !== 0) return dt;
  // Lower-case uuid strings compare like Postgres compares uuids (byte order).
  if (x.id === y.id) return 0;
  return x.id > y.id ? -1 : 1;
}

/** The position in force on `date` among one party's statements on one topic, or null. */
export function pickAsOf<T extends AsOfCandidate>(candidates: readonly T[], date: string): T | null {
  let best: T | null = null;
  for (const row of candidates) {
    if (!isLive(row) || row.statedOn > date) continue;
    if (best === null || compareAsOf(row, best) < 0) best = row;
  }
  return best;
}

/** Statements in the order they took effect (oldest first), live rows only. */
export function chronological<T extends AsOfCandidate>(rows: readonly T[]): T[] {
  return rows.filter(isLive).sort((x, y) => compareAsOf(y, x));
}
