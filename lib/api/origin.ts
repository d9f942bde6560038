import { env } from "@/lib/env";

/**
 * The public origin for a server component, which has headers but no Request:
 * PUBLIC_BASE_URL, else the Host the reader used.
 */
export function originFromHeaders(headers: Headers): string {
  if (env.PUBLIC_BASE_URL) return env.PUBLIC_BASE_URL.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto =
    headers.get("x-forwarded-proto") ??
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
