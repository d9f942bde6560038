import { NextResponse } from "next/server";
import { comparisonForRequest } from "@/lib/api/compare-request";
import { exportRows } from "@/lib/compare-export";

export const dynamic = "force-dynamic";

/** GET /compare/export.json?a=&b=&parties=&topics= — the same rows as the CSV, with the dates on top. */
export async function GET(request: Request) {
  const result = await comparisonForRequest(request);
  if (!result.ok) return result.response;
  const c = result.comparison;
  const rows = exportRows(c, result.origin);
  return NextResponse.json({
    asOf: { a: c.a, b: c.b },
    parties: c.parties.map((p) => p.slug),
    topics: c.allRows.map((r) => r.topic.slug),
    permalink: rows[0]?.permalink ?? null,
    rows,
  });
}
