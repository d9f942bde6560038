import { exportRows } from "./export";
import type { Comparison } from "./view";

/**
 * The JSON form of a comparison: the as-of dates, the parties and topics
 * compared, a permalink, and one row per party × topic with stances, quotes and
 * source URLs. Served by /compare/export.json and GET /api/v1/compare.
 */
export function comparisonPayload(c: Comparison, origin: string) {
  const rows = exportRows(c, origin);
  return {
    process: c.process,
    asOf: { a: c.a, b: c.b },
    parties: c.parties.map((p) => p.slug),
    topics: c.allRows.map((r) => r.topic.slug),
    permalink: rows[0]?.permalink ?? null,
    rows,
  };
}
