import { comparisonForRequest, exportFileName } from "@/lib/api/compare-request";
import { exportRows, toCsv } from "@/lib/compare/export";

export const dynamic = "force-dynamic";

/** GET /compare/export.csv?a=&b=&parties=&topics= — one row per party × topic. */
export async function GET(request: Request) {
  const result = await comparisonForRequest(request);
  if (!result.ok) return result.response;
  // A BOM so spreadsheet programs read the file as UTF-8 (quotes hold curly quotes and accents).
  const body = `\uFEFF${toCsv(exportRows(result.comparison, result.origin))}`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(result.comparison, "csv")}"`,
    },
  });
}
