/**
 * Two production app servers, one PostgreSQL (issue 11, item 8): each started as the launcher starts
 * it (`scripts/serve.mjs`), on two ports, with what README "Running several app servers" says every
 * server needs: one DATABASE_URL, BETTER_AUTH_SECRET, PUBLIC_BASE_URL and PARLEY_TRUSTED_PROXIES (the
 * test process plays the load balancer, on loopback). A write on one is what the other serves at
 * once, a session made on one is valid on the other (and ended on both by a sign-out on either), and
 * a client's sign-in failures on one count on the other, while another client behind the same
 * balancer is not held back.
 * Needs a production build (npm test builds before the integration step).
 * TWO_SERVERS_PORTS=3305,3355 pins the ports (a shared machine); otherwise any free ones.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "../../db/process-utils";
import { parties, sources } from "../../db/schema";
import { createAuth } from "../../lib/auth/create-auth";
import { bearer, userWithToken } from "../support/api-users";
import { createTestDatabase, type TestDatabase } from "../support/databases";

const root = path.resolve(import.meta.dirname, "../..");
const server = inject("postgresServers")[0];
/** The address readers use: the load balancer's. */
const PUBLIC_BASE_URL = "https://parley.example.org";
const hasBuild = existsSync(path.join(root, ".next", "BUILD_ID"));

type App = { base: string; child: ChildProcess; output: string[] };

async function startApp(port: number, env: Record<string, string>): Promise<App> {
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const app = { base: `http://127.0.0.1:${port}`, child, output: [] as string[] };
  child.stdout?.on("data", (chunk: Buffer) => app.output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => app.output.push(chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app on ${port} exited: ${app.output.join("")}`);
    const ok = await fetch(`${app.base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return app;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer on ${port}: ${app.output.join("")}`);
}

async function stopApp(app: App | undefined) {
  if (!app || app.child.exitCode !== null) return;
  const exited = new Promise((resolve) => app.child.once("exit", resolve));
  app.child.kill("SIGTERM");
  await exited;
}

/** The session cookie pair (`name=value`) from a sign-in answer. */
function sessionCookie(response: Response): string {
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.includes("session_token="));
  if (!cookie) throw new Error(`no session cookie (status ${response.status})`);
  return cookie;
}

describe.skipIf((!server || !hasBuild) && !process.env.CI)("two app servers, one database", () => {
  let database: (TestDatabase & { drop: () => Promise<void> }) | undefined;
  let a: App | undefined;
  let b: App | undefined;
  const secret = randomBytes(32).toString("base64url");
  const email = `two-servers-${randomBytes(3).toString("hex")}@example.org`;
  const password = "a long two-server passphrase";

  beforeAll(async () => {
    if (!server) return;
    database = await createTestDatabase(server);
    const auth = createAuth(database.db, {
      secret,
      baseURL: "http://127.0.0.1",
      trustedOrigins: [],
      secureCookies: true,
    });
    await auth.api.createUser({ body: { email, password, name: "Two servers", role: "editor" } });
    const pinned = process.env.TWO_SERVERS_PORTS?.split(",").map(Number);
    const ports = pinned?.length === 2 ? pinned : [await findFreePort(), await findFreePort()];
    const env = {
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: secret,
      PUBLIC_BASE_URL,
      PARLEY_TRUSTED_PROXIES: "127.0.0.1",
    };
    [a, b] = await Promise.all(ports.map((port) => startApp(port, env)));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stopApp(a), stopApp(b)]);
    await database?.drop();
  });

  const apps = () => {
    if (!a || !b || !database) throw new Error("servers not started");
    return { a, b, db: database.db };
  };

  it("a write through the API on one is served by the other at once", async () => {
    const { a, b, db } = apps();
    const editor = await userWithToken(db, "editor");
    const [party] = await db.select({ id: parties.id }).from(parties).limit(1);
    const [source] = await db.select({ id: sources.id }).from(sources).limit(1);
    const body = {
      title: "Two-server round one",
      kind: "talks",
      status: "held",
      startsOn: "2022-04-02",
      publication: "published",
      participants: [{ partyId: party?.id, role: "delegation" }],
      sources: [{ sourceId: source?.id, excerpt: null }],
    };
    const headers = bearer(editor.token, { "content-type": "application/json" });
    const created = await fetch(`${a.base}/api/v1/events`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };

    // B serves it, then (with whatever B cached from that read) the edit made on A right after.
    const first = await fetch(`${b.base}/api/v1/events/${slug}`);
    expect(first.status).toBe(200);
    const firstBody = await first.text();
    expect((JSON.parse(firstBody) as { title: string }).title).toBe("Two-server round one");
    // Links and citations name the balancer's address, whichever server answered.
    expect(firstBody).toContain(`${PUBLIC_BASE_URL}/api/v1/events/${slug}`);
    expect(await (await fetch(`${b.base}/events/${slug}`)).text()).toContain("Two-server round one");
    const window = `${b.base}/api/v1/timeline?from=2022-03-20&to=2022-04-10`;
    expect(await (await fetch(window)).text()).toContain("Two-server round one");

    const patched = await fetch(`${a.base}/api/v1/events/${slug}`, {
      method: "PATCH",
      headers,
      body: JSON.stringify({ ...body, title: "Two-server round two", version: 1 }),
    });
    expect(patched.status).toBe(200);
    const again = await fetch(`${b.base}/api/v1/events/${slug}`);
    expect(((await again.json()) as { title: string }).title).toBe("Two-server round two");
    const page = await (await fetch(`${b.base}/events/${slug}`)).text();
    expect(page).toContain("Two-server round two");
    expect(page).not.toContain("Two-server round one");
    const timeline = await (await fetch(window)).text();
    expect(timeline).toContain("Two-server round two");
    expect(timeline).not.toContain("Two-server round one");
  });

  it("a session made on one is valid on the other; a sign-out on the other ends it on both", async () => {
    const { a, b } = apps();
    const signIn = await fetch(`${a.base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { Origin: PUBLIC_BASE_URL, "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = sessionCookie(signIn);
    const session = async (app: App) => {
      const r = await fetch(`${app.base}/api/auth/get-session`, { headers: { Cookie: cookie } });
      return ((await r.json()) as { user?: { email: string } } | null)?.user?.email ?? null;
    };
    expect(await session(b)).toBe(email);
    const editor = await fetch(`${b.base}/editor`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(editor.status).toBe(200);

    const signOut = await fetch(`${b.base}/api/auth/sign-out`, {
      method: "POST",
      headers: { Origin: PUBLIC_BASE_URL, "Content-Type": "application/json", Cookie: cookie },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    expect(await session(a)).toBeNull();
    expect(await session(b)).toBeNull();
  });

  it("a client's sign-in failures on one count on the other; another client is not held back", async () => {
    const { a, b } = apps();
    // Through the balancer: it names the client in X-Forwarded-For.
    const attempt = (app: App, client: string) =>
      fetch(`${app.base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { Origin: PUBLIC_BASE_URL, "Content-Type": "application/json", "X-Forwarded-For": client },
        body: JSON.stringify({ email: `nobody-${client}@example.org`, password: "not the password" }),
      }).then((r) => r.status);
    const one = "203.0.113.7";
    const statuses = [
      await attempt(a, one),
      await attempt(a, one),
      await attempt(a, one),
      await attempt(b, one),
      await attempt(b, "203.0.113.8"),
    ];
    console.log(
      `[two servers] client 1 fails thrice on A, then B; then client 2 on B: ${statuses.join(", ")}`,
    );
    expect(statuses).toEqual([401, 401, 401, 429, 401]);
  });
});
