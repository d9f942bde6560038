import { problem } from "@/lib/api/problem";
import { cacheableResponse } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { downloadBundle } from "@/lib/export/download";
import { serializeBundle } from "@/lib/export/export";

export const dynamic = "force-dynamic";

/**
 * GET /data/parley.json — the published data set as one bundle (the same bytes
 * as `npm run export`); `?process=slug` narrows it to one process (`--process`).
 */
export async function GET(request: Request) {
  const found = await downloadBundle(getDb(), request.url);
  if (!found.ok)
    return problem(found.status, found.status === 400 ? "Bad request" : "Not found", {
      detail: found.detail,
    });
  const response = cacheableResponse(
    request,
    serializeBundle(found.bundle),
    "application/json; charset=utf-8",
  );
  response.headers.set("Content-Disposition", `attachment; filename="${found.name}.json"`);
  return response;
}
