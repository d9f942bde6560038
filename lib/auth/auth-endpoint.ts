import type { Database } from "@/db/client";
import { toResponse } from "@/lib/api/problem";
import { proxyList } from "@/lib/net/forwarded-for.mjs";
import { forbidden } from "@/lib/result";
import type { Auth } from "./create-auth";
import { originAllowed } from "./same-origin";
import { clearAccountFailures, recordSignInFailure, signInWait } from "./sign-in-throttle";

export type AuthEndpointOptions = {
  /** Origins our own pages post from (the Host the browser addressed counts too). */
  allowedOrigins: readonly string[];
  /** Proxies whose X-Forwarded-For entries count (scripts/serve.mjs passes no one else's). */
  trustedProxies: readonly string[];
};

/** The same answer for a wrong password, an unknown email and a disabled account. */
const refused = () =>
  Response.json({ code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" }, { status: 401 });

/** The client's address: X-Forwarded-For read right to left past trusted proxies. */
export function clientAddress(headers: Headers, trustedProxies: readonly string[]): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const trusted = proxyList(trustedProxies);
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i] as string;
    const type = address.includes(":") ? "ipv6" : "ipv4";
    let isProxy = false;
    try {
      isProxy = trusted.check(address, type);
    } catch {
      // Not an address at all: it is not a proxy of ours, so it is the client as far as we know.
    }
    if (!isProxy || i === 0) return address;
  }
  return "unknown";
}

/**
 * The session token is the cookie's secret: JavaScript never needs it (the
 * cookie is HttpOnly), so it is removed from every JSON answer.
 */
async function withoutToken(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, response);
  }
  if (body && typeof body === "object") {
    const record = body as { token?: unknown; session?: { token?: unknown } | null };
    delete record.token;
    if (record.session && typeof record.session === "object") delete record.session.token;
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

async function signIn(auth: Auth, db: Database, request: Request, options: AuthEndpointOptions) {
  const text = await request.text();
  let email: string | null = null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && typeof (parsed as { email?: unknown }).email === "string")
      email = (parsed as { email: string }).email.trim().toLowerCase();
  } catch {
    // Better Auth answers malformed bodies itself.
  }
  const forward = new Request(request.url, { method: "POST", headers: request.headers, body: text });
  if (!email) return withoutToken(await auth.handler(forward));

  const ip = clientAddress(request.headers, options.trustedProxies);
  const wait = await signInWait(db, ip, email);
  if (wait > 0)
    return Response.json(
      { code: "TOO_MANY_ATTEMPTS", message: "Too many failed attempts. Wait and try again." },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  const response = await auth.handler(forward);
  if (response.ok) {
    await clearAccountFailures(db, email);
    return withoutToken(response);
  }
  const code =
    response.status === 403
      ? ((
          await response
            .clone()
            .json()
            .catch(() => null)
        )?.code ?? "")
      : "";
  if (response.status === 401 || code === "BANNED_USER") {
    await recordSignInFailure(db, ip, email);
    return refused();
  }
  return withoutToken(response);
}

/**
 * Every request to /api/auth/*: posts must come from our own pages (Better
 * Auth checks Origin only when cookies are sent); sign-in is throttled on
 * failures per address and per account; and no answer carries the token.
 */
export async function handleAuthRequest(
  auth: Auth,
  db: Database,
  request: Request,
  options: AuthEndpointOptions,
): Promise<Response> {
  if (request.method === "POST") {
    if (!originAllowed(request.headers.get("origin"), request.headers.get("host"), options.allowedOrigins))
      return toResponse(forbidden("Refused: foreign or missing Origin"));
    if (new URL(request.url).pathname.endsWith("/sign-in/email")) return signIn(auth, db, request, options);
  }
  return withoutToken(await auth.handler(request));
}
