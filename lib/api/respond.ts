import { createHash } from "node:crypto";
import { licenceLinkHeader } from "@/lib/data-licence";
import type { ApiResult } from "./endpoint";
import { apiMeta, withApiMeta } from "./meta";
import { originFromHeaders } from "./public-origin";

/** CORS for public reads: any site may fetch them; nothing here uses cookies. */
export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link",
} as const;

/** Answer to a CORS preflight for the read API. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** Strong ETag of the exact bytes served. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match header (a list, maybe weak, maybe `*`) matches the ETag. */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/**
 * A public, cacheable response: ETag over the body, 304 when the client has it,
 * one-minute freshness. Used by the JSON API, the feed and the calendar alike.
 */
export function cacheableResponse(
  request: Request,
  body: string,
  contentType: string,
  options: { etag?: string; cacheControl?: string } = {},
): Response {
  const etag = options.etag ?? etagOf(body);
  const headers = {
    ...corsHeaders,
    ETag: etag,
    "Cache-Control": options.cacheControl ?? "public, max-age=60",
    Vary: "Accept-Encoding",
    // The data's licence travels with every copy of it.
    Link: licenceLinkHeader(),
  };
  if (etagMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

/** The JSON a data result is served as: its body with the licence and citation `meta` (lib/api/meta.ts). */
export function apiBodyJson(request: Request, result: Extract<ApiResult, { status: 200 }>): string {
  return JSON.stringify(withApiMeta(result.body, apiMeta(request, result.datasetVersion)));
}

/** An ApiResult as HTTP: cacheable JSON for data, an uncached problem otherwise. */
export function respond(
  request: Request,
  result: ApiResult,
  options: { etag?: string; cacheControl?: string } = {},
): Response {
  if (result.status === 200) {
    return cacheableResponse(
      request,
      apiBodyJson(request, result),
      "application/json; charset=utf-8",
      options,
    );
  }
  return problemResponse(result.status, JSON.stringify(result.body));
}

/** A problem (RFC 9457) already serialised: never stored by caches. */
export function problemResponse(status: number, json: string): Response {
  return new Response(json, {
    status,
    headers: { ...corsHeaders, "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}

/**
 * The public origin for absolute links: PUBLIC_BASE_URL, else the Host the
 * client used (`next start` rewrites request.url to localhost).
 */
export function publicOrigin(request: Request): string {
  return originFromHeaders(request.headers);
}

/**
 * Cache-Control of reads keyed by the data version (lib/api/versioned-read.ts):
 * browsers and CDNs may keep a copy but must revalidate it on every use. A
 * write shows at once everywhere, and revalidating costs the server one
 * version read and a 304 — no query, no body.
 */
export const revalidateCacheControl = "public, no-cache";

/**
 * The request as a cache key: path, query with its parameters sorted, and the
 * public origin the body's absolute links are written with.
 */
export function requestKey(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.sort();
  return `${publicOrigin(request)}${url.pathname}?${url.searchParams.toString()}`;
}

/**
 * ETag of a versioned read: the data version plus a digest of the request, known before any
 * query runs. Only [A-Za-z0-9_-] inside the quotes, like every other ETag Parley sends.
 */
export function versionedEtag(version: string, key: string): string {
  return `"v${version.replace(".", "_")}-${createHash("sha256").update(key).digest("base64url").slice(0, 22)}"`;
}
