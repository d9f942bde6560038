import type { TimelineFilters } from "../validation/timeline-query";

/** The /api/v1/timeline URL for a view; also the TanStack Query key, so server and client agree on it. */
export function timelineApiUrl(
  filters: TimelineFilters,
  lanes: string,
  range: { from: string; to: string },
): string {
  const params = new URLSearchParams({ from: range.from, to: range.to, lanes });
  if (filters.process) params.set("process", filters.process);
  for (const key of ["parties", "kinds", "topics", "status"] as const) {
    if (filters[key].length) params.set(key, filters[key].join(","));
  }
  if (filters.q) params.set("q", filters.q);
  return `/api/v1/timeline?${params}`;
}
