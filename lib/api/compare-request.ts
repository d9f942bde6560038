import "server-only";
import { type Comparison, loadComparison } from "@/lib/compare/view";
import { getDb } from "@/lib/db";
import { parseCompareQuery } from "@/lib/validation/compare";
import { validationProblem } from "./problem";
import { originFromHeaders } from "./public-origin";

/**
 * The shared first half of the export routes: parse the same query as the
 * page (422 with field errors when it is wrong), then load the comparison.
 */
export async function comparisonForRequest(
  request: Request,
): Promise<{ ok: true; comparison: Comparison; origin: string } | { ok: false; response: Response }> {
  const url = new URL(request.url);
  const parsed = parseCompareQuery(url.searchParams);
  if (!parsed.success) return { ok: false, response: validationProblem(parsed.error) };
  const comparison = await loadComparison(getDb(), parsed.data);
  // Not url.origin: behind `next start`/serve.mjs that is always http://localhost:PORT.
  const origin = originFromHeaders(request.headers);
  return { ok: true, comparison, origin };
}

export function exportFileName(c: Comparison, ext: string): string {
  return `parley-compare-${c.a}${c.b ? `-${c.b}` : ""}.${ext}`;
}
