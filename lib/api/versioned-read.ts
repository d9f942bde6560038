import "server-only";
import type { Database } from "@/db/client";
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

/** What a versioned read serves: a body of `contentType`, or a serialised problem. */
type Served = { status: number; text: string };

/**
 * A public read answered from the data version: the ETag is derived from the
 * version and the request, so `If-None-Match` gets a 304 without running
 * `load`; otherwise the serialised answer comes from the shared result cache,
 * keyed by (version, request), and `load` runs only on a miss. The UTC day is
 * part of the key because the API's `meta.retrieved` names it. Never for
 * drafts or editor views: what they show is not covered by the version.
 */
export async function respondVersionedText(
  db: Database,
  request: Request,
  contentType: string,
  load: (version: string) => Promise<Served>,
): Promise<Response> {
  const version = await readDataVersion(db);
  const key = `${new Date().toISOString().slice(0, 10)} ${requestKey(request)}`;
  const etag = versionedEtag(version, key);
  const options = { etag, cacheControl: revalidateCacheControl };
  if (etagMatches(request.headers.get("if-none-match"), etag)) {
    // The body is not needed: cacheableResponse answers 304 for a matching ETag.
    return cacheableResponse(request, "", contentType, options);
  }
  const served = await sharedResultCache().get(
    version,
    `read:${key}`,
    () => load(version),
    (s) => 2 * s.text.length,
  );
  if (served.status === 200) return cacheableResponse(request, served.text, contentType, options);
  return problemResponse(served.status, served.text);
}

/** An API read (lib/api/endpoint.ts) on the version layer: its JSON with `meta`, or its problem. */
export function respondVersioned(
  db: Database,
  request: Request,
  load: (version: string) => Promise<ApiResult>,
): Promise<Response> {
  return respondVersionedText(db, request, JSON_TYPE, async (version) => {
    const result = await load(version);
    const text = result.status === 200 ? apiBodyJson(request, result) : JSON.stringify(result.body);
    return { status: result.status, text };
  });
}
