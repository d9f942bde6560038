import { cacheableResponse } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { buildBundle, serializeBundle } from "@/lib/export/export";

export const dynamic = "force-dynamic";

/** GET /data/parley.json — the published data set as one bundle (the same bytes as `npm run export`). */
export async function GET(request: Request) {
  const response = cacheableResponse(
    request,
    serializeBundle(await buildBundle(getDb(), "published")),
    "application/json; charset=utf-8",
  );
  response.headers.set("Content-Disposition", 'attachment; filename="parley.json"');
  return response;
}
