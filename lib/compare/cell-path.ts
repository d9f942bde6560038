import type { CompareCellQuery } from "../validation/compare-cell";

/**
 * The cell endpoint's URL for one cell: what the matrix links each cell's details to.
 * Apart from the schema on purpose: the matrix is a client component, and importing zod
 * there would load it on /compare, where its eval probe breaks the CSP.
 */
export function compareCellPath(q: CompareCellQuery): string {
  const params = new URLSearchParams({ party: q.party, topic: q.topic, a: q.a });
  if (q.b) params.set("b", q.b);
  if (q.process) params.set("process", q.process);
  return `/api/v1/compare/cell?${params}`;
}
