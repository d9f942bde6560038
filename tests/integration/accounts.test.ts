/**
 * Account changes on a real database, through auth.handler as the auth route
 * calls it: sign-out, a role change and disabling count on the very next
 * request; the last active admin cannot be demoted or disabled, not even by two
 * admins acting at once; Better Auth's own admin endpoints are not served.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { users } from "../../db/schema";
import { createAuth } from "../../lib/auth/create-auth";
import { setUserDisabled, setUserRole } from "../../lib/services/users";
import { describeOnEveryServer } from "../support/databases";

const origin = "http://127.0.0.1:3998";

describeOnEveryServer("accounts: sign-out, roles, disabling, the last admin", (get) => {
  const auth = () =>
    createAuth(get().db, {
      secret: randomBytes(32).toString("hex"),
      baseURL: origin,
      trustedOrigins: [origin],
      secureCookies: true,
    });
  type Auth = ReturnType<typeof auth>;

  const send = (a: Auth, path: string, cookie?: string, body: unknown = {}) =>
    a.handler(
      new Request(`${origin}/api/auth${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin,
          // Each call its own address, so the sign-in rate limit never interferes.
          "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify(body),
      }),
    );

  /** An account and a signed-in session cookie for it. */
  async function signedIn(a: Auth, role: "admin" | "editor") {
    const email = `${role}-${randomUUID().slice(0, 8)}@example.org`;
    const password = "a long enough passphrase";
    const { user } = await a.api.createUser({ body: { email, password, name: email, role } });
    const response = await send(a, "/sign-in/email", undefined, { email, password });
    expect(response.status).toBe(200);
    const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toContain("session_token=");
    return { id: user.id, email, password, cookie };
  }
  const sessionOf = (a: Auth, cookie: string) => a.api.getSession({ headers: new Headers({ cookie }) });

  test("after sign-out the same cookie is refused on the next request", async () => {
    const a = auth();
    const me = await signedIn(a, "editor");
    expect((await sessionOf(a, me.cookie))?.user.id).toBe(me.id);
    expect((await send(a, "/sign-out", me.cookie)).status).toBe(200);
    // A copy of the cookie kept from before (another tab, a stolen copy) no longer works.
    expect(await sessionOf(a, me.cookie)).toBeNull();
  });

  test("a role change shows on the open session's next request, both ways", async () => {
    const a = auth();
    await signedIn(a, "admin"); // so the editor's promotion and demotion never touch the last admin
    const them = await signedIn(a, "editor");
    expect(await setUserRole(get().db, them.id, "admin")).toEqual({ ok: true });
    expect((await sessionOf(a, them.cookie))?.user.role).toBe("admin");
    expect(await setUserRole(get().db, them.id, "editor")).toEqual({ ok: true });
    expect((await sessionOf(a, them.cookie))?.user.role).toBe("editor");
  });

  test("disabling ends open sessions at once and refuses a new sign-in; enabling lets them back", async () => {
    const a = auth();
    const them = await signedIn(a, "editor");
    expect(await setUserDisabled(get().db, them.id, true)).toEqual({ ok: true });
    expect(await sessionOf(a, them.cookie)).toBeNull();
    const again = await send(a, "/sign-in/email", undefined, { email: them.email, password: them.password });
    expect(again.status).toBe(403);
    expect(again.headers.get("set-cookie") ?? "").not.toContain("session_token=");
    expect(await setUserDisabled(get().db, them.id, false)).toEqual({ ok: true });
    const back = await send(a, "/sign-in/email", undefined, { email: them.email, password: them.password });
    expect(back.status).toBe(200);
  });

  test("the last active admin can be neither demoted nor disabled; two admins removing each other at once leave one", async () => {
    const { db } = get();
    // Only the accounts made here count: earlier tests' admins step down first.
    await db.update(users).set({ role: "editor" }).where(eq(users.role, "admin"));
    const a = auth();
    const first = await signedIn(a, "admin");
    const second = await signedIn(a, "admin");

    const outcomes = await Promise.all([
      setUserRole(db, first.id, "editor"),
      setUserDisabled(db, second.id, true),
    ]);
    console.log(
      `[accounts ${get().serverName}] two admins removing each other at once: ${JSON.stringify(outcomes)}`,
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, reason: "last-admin" }]);

    const active = await db.select({ id: users.id, role: users.role, banned: users.banned }).from(users);
    const admins = active.filter((u) => u.role === "admin" && !u.banned);
    expect(admins).toHaveLength(1);
    const last = admins[0]?.id ?? "";
    expect(await setUserRole(db, last, "editor")).toEqual({ ok: false, reason: "last-admin" });
    expect(await setUserDisabled(db, last, true)).toEqual({ ok: false, reason: "last-admin" });
    expect(await setUserRole(db, randomUUID(), "admin")).toEqual({ ok: false, reason: "not-found" });
  });

  test("Better Auth's admin endpoints answer 404 even to an admin; auth.api still works for the app", async () => {
    const a = auth();
    const admin = await signedIn(a, "admin");
    const editor = await signedIn(a, "editor");
    const tries: [string, unknown][] = [
      ["/admin/set-role", { userId: admin.id, role: "editor" }],
      ["/admin/update-user", { userId: admin.id, data: { role: "editor" } }],
      ["/admin/ban-user", { userId: editor.id }],
      ["/admin/remove-user", { userId: editor.id }],
      ["/admin/impersonate-user", { userId: editor.id }],
      ["/admin/set-user-password", { userId: editor.id, newPassword: "password" }],
      ["/admin/create-user", { email: "x@example.org", password: "password", name: "x", role: "admin" }],
    ];
    for (const [path, body] of tries)
      expect((await send(a, path, admin.cookie, body)).status, path).toBe(404);
    const [me] = await get().db.select({ role: users.role }).from(users).where(eq(users.id, admin.id));
    expect(me?.role).toBe("admin");
    expect((await sessionOf(a, editor.cookie))?.user.id).toBe(editor.id);
    expect(await get().db.select().from(users).where(eq(users.email, "x@example.org"))).toEqual([]);
  });
});
