import "server-only";
import type { Database } from "@/db";
import { readDataVersion } from "@/lib/cache/data-version";
import { sharedResultCache } from "@/lib/cache/shared";
import type { ApiResult } from "./endpoint";
import {
  apiBodyJson,
  cacheableResponse,
  etagMatches,
  problemResponse,
  requestKey,
  revalidateCacheControl,
  versionedEtag,
} from "./respond";

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * A public read answered from the data version: the ETag is derived from the
 * version and the request, so `If-None-Match` gets a 304 without running
 * `load`; otherwise the serialised answer (with its `meta`) comes from the
 * shared result cache, keyed by (version, request), and `load` runs only on a
 * miss. The UTC day is part of the key because `meta.retrieved` names it.
 * Never for drafts or editor views: what they show is not covered by the version.
 */
export async function respondVersioned(
  db: Database,
  request: Request,
  load: (version: string) => Promise<ApiResult>,
): Promise<Response> {
  const version = await readDataVersion(db);
  const key = `${new Date().toISOString().slice(0, 10)} ${requestKey(request)}`;
  const etag = versionedEtag(version, key);
  const options = { etag, cacheControl: revalidateCacheControl };
  if (etagMatches(request.headers.get("if-none-match"), etag)) {
    // The body is not needed: cacheableResponse answers 304 for a matching ETag.
    return cacheableResponse(request, "", JSON_TYPE, options);
  }
  const served = await sharedResultCache().get(
    version,
    `api:${key}`,
    async () => {
      const result = await load(version);
      const json = result.status === 200 ? apiBodyJson(request, result) : JSON.stringify(result.body);
      return { status: result.status, json };
    },
    (s) => 2 * s.json.length,
  );
  if (served.status === 200) return cacheableResponse(request, served.json, JSON_TYPE, options);
  return problemResponse(served.status, served.json);
}
