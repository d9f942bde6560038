import { env } from "@/lib/env";
import { isValidHost } from "@/lib/net/trusted-host.mjs";

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || null;

/**
 * The public origin for absolute links (feeds, calendar, API `links`, OpenAPI,
 * the /api page, exports): PUBLIC_BASE_URL when set, which is what a deployment
 * should do. Otherwise the host the request names. X-Forwarded-Host/Proto only
 * reach this far from loopback or PARLEY_TRUSTED_PROXIES: scripts/serve.mjs
 * removes them from anyone else and answers 400 to a malformed Host, so a stranger
 * cannot put their own host into a response a shared cache keeps. A value that is
 * still not a plain host (under `next dev`) falls back to localhost rather than
 * being written into a link.
 */
export function originFromHeaders(headers: Headers): string {
  if (env.PUBLIC_BASE_URL) return env.PUBLIC_BASE_URL.replace(/\/+$/, "");
  const candidate = firstValue(headers.get("x-forwarded-host")) ?? headers.get("host");
  const host = isValidHost(candidate) && candidate ? candidate : `localhost:${env.PORT}`;
  const forwardedProto = firstValue(headers.get("x-forwarded-proto"));
  const proto =
    forwardedProto === "http" || forwardedProto === "https"
      ? forwardedProto
      : /^(localhost|127\.|\[::1\])/.test(host)
        ? "http"
        : "https";
  return `${proto}://${host}`;
}
