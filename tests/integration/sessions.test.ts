/**
 * Sessions and sign-in through handleAuthRequest, as app/(public)/api/auth/[...all]/route.ts
 * serves them: sign-out ends the session on the server, no answer carries the
 * session token, a disabled account learns nothing, and failed sign-ins are
 * throttled per account as well as per address (failures only).
 */
import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { handleAuthRequest } from "../../lib/auth/auth-endpoint";
import { createAuth } from "../../lib/auth/create-auth";
import { describeOnEveryServer } from "../support/databases";

const origin = "http://127.0.0.1:3999";

describeOnEveryServer("sessions: sign-out, token privacy, disabled accounts, per-account throttle", (get) => {
  const secret = randomBytes(32).toString("hex");
  const auth = createAuthOnce();
  function createAuthOnce() {
    let made: ReturnType<typeof createAuth> | undefined;
    return () => {
      made ??= createAuth(get().db, {
        secret,
        baseURL: origin,
        trustedOrigins: [origin],
        secureCookies: true,
      });
      return made;
    };
  }
  const call = (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> }) =>
    handleAuthRequest(
      auth(),
      get().db,
      new Request(`${origin}/api/auth${path}`, {
        method: init.method ?? "POST",
        headers: {
          ...(init.method === "GET" ? {} : { "content-type": "application/json", origin }),
          ...init.headers,
        },
        body: init.method === "GET" ? undefined : JSON.stringify(init.body ?? {}),
      }),
      { allowedOrigins: [origin], trustedProxies: [] },
    );
  const signIn = (email: string, password: string, ip: string) =>
    call("/sign-in/email", { body: { email, password }, headers: { "x-forwarded-for": ip } });
  const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const count = async (table: string) =>
    (await get().pool.query(`select count(*)::int as n from "${table}"`)).rows[0].n as number;
  const makeUser = (email: string, password: string) =>
    auth().api.createUser({ body: { email, password, name: email, role: "editor" } });

  test("sign-out ends the session on the server: the old cookie is refused afterwards", async () => {
    await makeUser("out@example.org", "a fine passphrase");
    const signedIn = await signIn("out@example.org", "a fine passphrase", "10.1.0.1");
    expect(signedIn.status).toBe(200);
    const cookie = cookieOf(signedIn);
    const before = await call("/get-session", { method: "GET", headers: { cookie } });
    expect((await before.json())?.user?.email).toBe("out@example.org");

    // What the Sign out button sends: a JSON POST with the cookie.
    const out = await call("/sign-out", { body: {}, headers: { cookie } });
    expect(out.status).toBe(200);
    const after = await call("/get-session", { method: "GET", headers: { cookie } });
    expect(await after.json()).toBeNull();
    const { rows } = await get().pool.query(
      `select count(*)::int as n from session s join "user" u on u.id = s.user_id where u.email = 'out@example.org'`,
    );
    expect(rows[0].n).toBe(0);
  });

  test("the session token is in no JSON answer (sign-in, get-session)", async () => {
    await makeUser("token@example.org", "a fine passphrase");
    const signedIn = await signIn("token@example.org", "a fine passphrase", "10.1.0.2");
    const secretValue = decodeURIComponent(cookieOf(signedIn).split("=")[1] ?? "").split(".")[0] ?? "";
    expect(secretValue.length).toBeGreaterThan(10);
    const signInBody = await signedIn.text();
    expect(signInBody).not.toContain(secretValue);
    expect(JSON.parse(signInBody).token).toBeUndefined();
    const session = await call("/get-session", { method: "GET", headers: { cookie: cookieOf(signedIn) } });
    const sessionBody = await session.text();
    expect(JSON.parse(sessionBody).user.email).toBe("token@example.org");
    expect(sessionBody).not.toContain(secretValue);
  });

  test("a disabled account with the right password gets the same answer as a wrong password", async () => {
    const made = await makeUser("gone@example.org", "a fine passphrase");
    await get().pool.query(`update "user" set banned = true where id = $1`, [made.user.id]);
    const sessionsBefore = await count("session");
    const right = await signIn("gone@example.org", "a fine passphrase", "10.1.0.3");
    const wrong = await signIn("gone@example.org", "not the passphrase", "10.1.0.4");
    expect(right.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await right.text()).toBe(await wrong.text());
    expect(right.headers.get("set-cookie")).toBeNull();
    expect(await count("session")).toBe(sessionsBefore);
  });

  test("five failures on one account from five addresses lock it, right password included; success clears it", async () => {
    await makeUser("target@example.org", "a fine passphrase");
    for (let i = 0; i < 5; i++)
      expect((await signIn("target@example.org", `guess number ${i}`, `10.2.0.${i + 1}`)).status).toBe(401);
    const sessionsBefore = await count("session");
    const locked = await signIn("target@example.org", "a fine passphrase", "10.2.0.99");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await count("session")).toBe(sessionsBefore);
    // Another account is not affected by this one's lock.
    await makeUser("bystander@example.org", "a fine passphrase");
    expect((await signIn("bystander@example.org", "a fine passphrase", "10.2.0.99")).status).toBe(200);
  });

  test("successful sign-ins do not count toward the address limit; failures do", async () => {
    await makeUser("often@example.org", "a fine passphrase");
    for (let i = 0; i < 5; i++)
      expect((await signIn("often@example.org", "a fine passphrase", "10.3.0.1")).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await signIn("x@example.org", "wrong one", "10.3.0.2")).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  test("password change over HTTP is not served (it would skip our rules); the server API still works", async () => {
    await makeUser("change@example.org", "a fine passphrase");
    const signedIn = await signIn("change@example.org", "a fine passphrase", "10.4.0.1");
    const cookie = cookieOf(signedIn);
    const http = await call("/change-password", {
      body: { currentPassword: "a fine passphrase", newPassword: "        " },
      headers: { cookie },
    });
    expect(http.status).toBe(404);
    expect((await signIn("change@example.org", "a fine passphrase", "10.4.0.2")).status).toBe(200);
    await auth().api.changePassword({
      body: { currentPassword: "a fine passphrase", newPassword: "another fine passphrase" },
      headers: new Headers({ cookie }),
    });
    expect((await signIn("change@example.org", "another fine passphrase", "10.4.0.3")).status).toBe(200);
  });
});
