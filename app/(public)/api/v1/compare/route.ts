import { comparisonForRequest } from "@/lib/api/compare-request";
import { apiMeta, withApiMeta } from "@/lib/api/meta";
import { cacheableResponse, preflight } from "@/lib/api/respond";
import { comparisonPayload } from "@/lib/compare/payload";
import { getDb } from "@/lib/db";
import { getDatasetVersion } from "@/lib/export/dataset-version";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/compare?a=YYYY-MM-DD[&b=YYYY-MM-DD&parties&topics] — every party's
 * position on every topic as of one or two dates (lib/compare/as-of-oracle.ts), as the
 * /compare page shows it, with ETag, CORS and RFC 9457 errors like the rest of the API.
 */
export async function GET(request: Request) {
  const result = await comparisonForRequest(request);
  if (!result.ok) return result.response;
  const meta = apiMeta(request, await getDatasetVersion(getDb()));
  const body = JSON.stringify(withApiMeta(comparisonPayload(result.comparison, result.origin), meta));
  return cacheableResponse(request, body, "application/json; charset=utf-8");
}

export function OPTIONS() {
  return preflight();
}
