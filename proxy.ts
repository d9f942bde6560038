import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import {
  contentSecurityPolicy,
  isEmbedPath,
  newNonce,
  strictTransportSecurity,
} from "@/lib/security/headers";
import { isTextBody, refuseRequest } from "@/lib/security/request-guard";

/**
 * Runs before every route: first refuses what would otherwise reach a route as a
 * 500 (lib/security/request-guard.ts), then sets the per-request CSP nonce and the framing
 * rules (see lib/security/headers.ts for why nonces). The policy goes on the
 * request too: Next reads the nonce from the request's Content-Security-Policy
 * and puts it on every script it renders. Not a security boundary for data:
 * routes and actions check the caller themselves.
 */
export async function proxy(request: NextRequest) {
  const local = [`http://127.0.0.1:${env.PORT}`, `http://localhost:${env.PORT}`];
  const refusal = refuseRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    headers: request.headers,
    textBody:
      request.method === "POST" && request.headers.has("next-action") && isTextBody(request.headers)
        ? await request.clone().text()
        : null,
    allowedOrigins: env.PUBLIC_BASE_URL ? [new URL(env.PUBLIC_BASE_URL).origin, ...local] : local,
  });
  const nonce = newNonce();
  const embed = isEmbedPath(request.nextUrl.pathname);
  const csp = contentSecurityPolicy({ nonce, embed, dev: env.NODE_ENV === "development" });
  let response: NextResponse;
  if (refusal) {
    response = new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (!embed) response.headers.set("X-Frame-Options", "DENY");
  // Only what arrived over TLS: X-Forwarded-Proto is Next's own reading of the socket,
  // or a trusted proxy's (scripts/serve.mjs drops it from anyone else).
  if (request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https") {
    response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  }
  return response;
}

export const config = {
  // Not Next's own static files: they are never user input and carry no markup
  // (next.config.js still gives them nosniff, Referrer-Policy and Permissions-Policy).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
