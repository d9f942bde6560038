/**
 * Better Auth on a real database, through handleAuthRequest exactly as
 * app/(public)/api/auth/[...all]/route.ts calls it.
 * authz-route: app/(public)/api/auth/[...all]/route.ts POST
 */
import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { handleAuthRequest } from "../../lib/auth/auth-endpoint";
import { createAuth } from "../../lib/auth/create-auth";
import { describeOnEveryServer } from "../support/databases";

const origin = "http://127.0.0.1:3999";

describeOnEveryServer("auth endpoint: origin, session, rate limit, timing", (get) => {
  const secret = randomBytes(32).toString("hex");
  const auth = () =>
    createAuth(get().db, { secret, baseURL: origin, trustedOrigins: [origin], secureCookies: true });
  const endpoint = { allowedOrigins: [origin], trustedProxies: [] };
  // As the route does: our Origin check and sign-in throttle, then Better Auth.
  const send = (a: ReturnType<typeof auth>, request: Request) =>
    handleAuthRequest(a, get().db, request, endpoint);
  const post = (path: string, body: unknown, headers: Record<string, string>) =>
    send(
      auth(),
      new Request(`${origin}/api/auth${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
    );

  test("creating an account over HTTP is not served (the admin page's action is the way): an anonymous post makes nothing", async () => {
    const response = await post(
      "/admin/create-user",
      { email: "x@example.org", password: "some passphrase", name: "x", role: "admin" },
      { origin, "x-forwarded-for": "10.0.0.1" },
    );
    expect(response.status).toBe(404);
    const users = await get().pool.query('select count(*)::int as n from "user"');
    expect(users.rows[0].n).toBe(0);
    const foreign = await post(
      "/admin/create-user",
      { email: "x@example.org", password: "some passphrase", name: "x", role: "admin" },
      { origin: "https://evil.example" },
    );
    expect(foreign.status).toBe(403);
  });

  test("refuses a foreign or null Origin", async () => {
    for (const bad of ["https://evil.example", "null", ""]) {
      const response = await post(
        "/sign-in/email",
        { email: "x@example.org", password: "whatever1" },
        bad ? { origin: bad, "x-forwarded-for": "10.0.0.2" } : { "x-forwarded-for": "10.0.0.2" },
      );
      expect(response.status).toBe(403);
    }
  });

  test("sign-in: 4th failure within 10 s is 429; unknown and known emails take similar time; cookie flags", async () => {
    const a = auth();
    const started = Date.now();
    await a.api.createUser({
      body: { email: "ed@example.org", password: "a fine passphrase", name: "Ed", role: "editor" },
    });
    console.log(`[auth ${get().serverName}] createUser (scrypt N=2^15 r=8 p=3) ${Date.now() - started} ms`);
    const attempt = async (email: string, password: string, ip: string) => {
      const t = Date.now();
      const response = await send(
        a,
        new Request(`${origin}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, "x-forwarded-for": ip },
          body: JSON.stringify({ email, password }),
        }),
      );
      return { status: response.status, ms: Date.now() - t, cookie: response.headers.get("set-cookie") };
    };
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await attempt("nobody@example.org", "wrong passphrase", "10.0.0.3")).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    // One sample of each was at the mercy of whatever else ran on two cores: compare medians of
    // interleaved samples. Each from its own address (the address limit), each unknown email
    // fresh, and 4 failures for the known account (the 6th attempt after 5 failures would wait).
    const unknownMs: number[] = [];
    const knownMs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const unknownTry = await attempt(`nobody-${i}@example.org`, "wrong passphrase", `10.1.${i}.4`);
      const knownTry = await attempt("ed@example.org", "wrong passphrase", `10.1.${i}.5`);
      // A throttled answer skips the password hash: only real failures are timed.
      expect([unknownTry.status, knownTry.status]).toEqual([401, 401]);
      unknownMs.push(unknownTry.ms);
      knownMs.push(knownTry.ms);
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((x, y) => x - y);
      return ((sorted[1] ?? 0) + (sorted[2] ?? 0)) / 2;
    };
    const unknown = median(unknownMs);
    const known = median(knownMs);
    console.log(
      `[auth ${get().serverName}] failed sign-in, median of 4: unknown email ${unknown} ms [${unknownMs}], known email ${known} ms [${knownMs}]`,
    );
    expect(Math.abs(unknown - known)).toBeLessThan(Math.max(unknown, known) * 0.5);
    const ok = await attempt("ed@example.org", "a fine passphrase", "10.0.0.6");
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/HttpOnly/i);
    expect(ok.cookie).toMatch(/SameSite=Lax/i);
    expect(ok.cookie).toMatch(/Secure/i);
  });
});
