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
export function cacheableResponse(request: Request, body: string, contentType: string): Response {
  const etag = etagOf(body);
  const headers = {
    ...corsHeaders,
    ETag: etag,
    "Cache-Control": "public, max-age=60",
    Vary: "Accept-Encoding",
    // The data's licence travels with every copy of it.
    Link: licenceLinkHeader(),
  };
  if (etagMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

/** An ApiResult as HTTP: cacheable JSON for data, an uncached problem otherwise. */
export function respond(request: Request, result: ApiResult): Response {
  if (result.status === 200) {
    const body = withApiMeta(result.body, apiMeta(request, result.datasetVersion));
    return cacheableResponse(request, JSON.stringify(body), "application/json; charset=utf-8");
  }
  return new Response(JSON.stringify(result.body), {
    status: result.status,
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
