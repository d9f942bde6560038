import { validationProblem } from "@/lib/api/problem";
import { preflight, publicOrigin } from "@/lib/api/respond";
import { respondVersioned } from "@/lib/api/versioned-read";
import { loadCachedComparison } from "@/lib/compare/cached";
import { comparisonPayload } from "@/lib/compare/payload";
import { getDb } from "@/lib/db";
import { getDatasetVersion } from "@/lib/export/dataset-version";
import { parseCompareQuery } from "@/lib/validation/compare";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/compare?a=YYYY-MM-DD[&b=YYYY-MM-DD&process&parties&topics] — every party's
 * position on every topic as of one or two dates (lib/compare/as-of-oracle.ts), as the
 * /compare page shows it, with ETag (from the data version), CORS and RFC 9457 errors.
 */
export async function GET(request: Request) {
  const parsed = parseCompareQuery(new URL(request.url).searchParams);
  if (!parsed.success) return validationProblem(parsed.error);
  const db = getDb();
  return respondVersioned(db, request, async () => {
    const [comparison, datasetVersion] = await Promise.all([
      loadCachedComparison(db, parsed.data),
      getDatasetVersion(db),
    ]);
    return { status: 200, body: comparisonPayload(comparison, publicOrigin(request)), datasetVersion };
  });
}

export function OPTIONS() {
  return preflight();
}
