import { NextResponse } from "next/server";
import { comparisonForRequest } from "@/lib/api/compare-request";
import { comparisonPayload } from "@/lib/compare/payload";

export const dynamic = "force-dynamic";

/** GET /compare/export.json?a=&b=&parties=&topics= — the same rows as the CSV, with the dates on top. */
export async function GET(request: Request) {
  const result = await comparisonForRequest(request);
  if (!result.ok) return result.response;
  return NextResponse.json(comparisonPayload(result.comparison, result.origin));
}
