import { z } from "zod";
import { problem } from "@/lib/api/problem";
import { cacheableResponse } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { bundleToCsv } from "@/lib/export/csv";
import { downloadBundle } from "@/lib/export/download";
import { specsFor } from "@/lib/export/tables";

export const dynamic = "force-dynamic";

const fileParam = z
  .string()
  .regex(/^[a-z_]+\.csv$/)
  .transform((f) => f.slice(0, -4))
  .refine((table) => specsFor("published").some((s) => s.name === table));

/** GET /data/csv/{table}.csv — one table of the published bundle as CSV with a header row; `?process=` narrows it. */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }) {
  const table = fileParam.safeParse((await context.params).file);
  if (!table.success) return problem(404, "Not found", { detail: "No such table." });
  const found = await downloadBundle(getDb(), request.url);
  if (!found.ok)
    return problem(found.status, found.status === 400 ? "Bad request" : "Not found", {
      detail: found.detail,
    });
  const csv = bundleToCsv(found.bundle)[table.data] ?? "";
  const response = cacheableResponse(request, csv, "text/csv; charset=utf-8");
  response.headers.set("Content-Disposition", `attachment; filename="${found.name}-${table.data}.csv"`);
  return response;
}
