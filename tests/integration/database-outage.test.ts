/**
 * PostgreSQL dying under load (issue 10, finding 11). The launcher runs on a throw-away folder and a
 * free port with its embedded PostgreSQL; readers and token-holding writers hit it while the postmaster
 * is SIGKILLed 10 times. Each time the launcher must restart PostgreSQL (recovered = /api/health 200
 * again), the app must answer 503 with Retry-After meanwhile (never 500), no write acknowledged with 2xx
 * may be lost, and SIGTERM must then stop everything within 5 s, leaving no postgres process behind.
 * Needs a production build (npm test builds before the integration step).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { type RunningPostgres, startEmbeddedPostgres } from "../../db/embedded";
import { findFreePort, isProcessAlive } from "../../db/process-utils";
import { events, parties, sources } from "../../db/schema";
import { bearer, userWithToken } from "../support/api-users";

const root = path.resolve(import.meta.dirname, "../..");
const hasBuild = existsSync(path.join(root, ".next", "BUILD_ID"));
const KILLS = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Outcome = { at: number; status: number; retryAfter: string | null; what: string };

function postmasterPid(dataDir: string): number {
  const text = readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8");
  return Number.parseInt(text.split("\n")[0] ?? "", 10);
}

/** Processes whose parent is `pid` (the postmaster's backends and helpers). */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

async function healthStatus(base: string): Promise<number> {
  return fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
    (r) => r.status,
    () => 0,
  );
}

/** Starts the launcher and waits for a healthy app; `output` collects what it prints. */
async function startLauncher(env: Record<string, string>, dataDir: string) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const launcher = spawn(process.execPath, ["--import", "tsx", "scripts/launch.ts"], {
    cwd: root,
    env: { ...inherited, ...env, PORT: String(port), PARLEY_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const state = { launcher, base, output: "" };
  launcher.stdout?.on("data", (chunk: Buffer) => {
    state.output += chunk.toString();
  });
  // Its error lines too (the app's own are long): enough to say why a start failed.
  launcher.stderr?.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n"))
      if (line.startsWith("[parley]")) state.output += `${line}\n`;
  });
  const deadline = Date.now() + 90_000;
  while ((await healthStatus(base)) !== 200) {
    if (launcher.exitCode !== null)
      throw new Error(`launcher exited with ${launcher.exitCode}:\n${state.output}`);
    if (Date.now() > deadline) throw new Error(`no healthy app within 90 s:\n${state.output}`);
    await sleep(250);
  }
  return state;
}

async function stopLauncher(launcher: ChildProcess | undefined) {
  if (!launcher || launcher.exitCode !== null || launcher.signalCode !== null) return;
  const exited = new Promise((resolve) => launcher.once("exit", resolve));
  launcher.kill("SIGTERM");
  await exited;
}

/** A signed-in editor's cookie: the account made by `npm run user:create`, signed in through the API. */
async function editorCookie(base: string, dataDir: string): Promise<string> {
  const email = `outage-${Date.now()}@example.org`;
  const password = "an outage passphrase 7";
  const create = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/user-create.ts",
      "--email",
      email,
      "--password",
      password,
      "--role",
      "editor",
    ],
    { cwd: root, env: { ...process.env, DATABASE_URL: "", PARLEY_DATA_DIR: dataDir }, stdio: "ignore" },
  );
  expect(await new Promise((resolve) => create.once("exit", resolve))).toBe(0);
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { origin: base, "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** The id Next gave the editor's "create event" server action in this build. */
function createEventActionId(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === "createEventAction")?.[0];
  if (!id) throw new Error("createEventAction not in the build's server-reference manifest");
  return id;
}

describe.skipIf(!hasBuild && !process.env.CI)("the launcher survives PostgreSQL being killed", () => {
  let dataDir = "";
  let launcher: ChildProcess;
  let base = "";
  const output = () => started.output;
  let started: Awaited<ReturnType<typeof startLauncher>>;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "parley-outage-"));
    started = await startLauncher({}, dataDir);
    ({ launcher, base } = started);
  });

  afterAll(async () => {
    await stopLauncher(launcher);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(`loses no acknowledged write, answers 503 and recovers over ${KILLS} postmaster kills`, async () => {
    const { databaseUrl } = JSON.parse(readFileSync(path.join(dataDir, "launcher.json"), "utf8")) as {
      databaseUrl: string;
    };
    const setup = createDb(databaseUrl, 2);
    const editor = await userWithToken(setup.db, "editor");
    const [party] = await setup.db.select({ id: parties.id }).from(parties).limit(1);
    const [source] = await setup.db.select({ id: sources.id }).from(sources).limit(1);
    await setup.pool.end();
    if (!party || !source) throw new Error("seed missing");
    const cookie = await editorCookie(base, dataDir);
    const actionId = createEventActionId();

    const outcomes: Outcome[] = [];
    const acknowledged: string[] = [];
    let timeouts = 0;
    let running = true;
    const record = async (what: string, request: () => Promise<Response>) => {
      try {
        const response = await request();
        const at = Date.now();
        outcomes.push({ at, status: response.status, retryAfter: response.headers.get("retry-after"), what });
        return response;
      } catch {
        timeouts++;
        return null;
      }
    };

    let written = 0;
    const writer = async () => {
      while (running) {
        const title = `Outage probe ${++written}`;
        const response = await record("POST /api/v1/events", () =>
          fetch(`${base}/api/v1/events`, {
            method: "POST",
            headers: bearer(editor.token, { "content-type": "application/json" }),
            body: JSON.stringify({
              title,
              kind: "talks",
              status: "scheduled",
              startsOn: "2022-03-29",
              participants: [{ partyId: party.id, role: "delegation" }],
              sources: [{ sourceId: source.id, excerpt: "quoted" }],
            }),
            signal: AbortSignal.timeout(15_000),
          }),
        );
        if (response && response.status >= 200 && response.status < 300) {
          acknowledged.push(((await response.json()) as { id: string }).id);
        } else await response?.body?.cancel();
      }
    };
    const readPaths = ["/", "/api/v1/events?from=2022-02-01&to=2022-04-30", "/events/gomel-talks-2022-02-28"];
    const reader = async (offset: number) => {
      for (let i = offset; running; i++) {
        const route = readPaths[i % readPaths.length] ?? "/";
        const response = await record(`GET ${route}`, () =>
          fetch(`${base}${route}`, { signal: AbortSignal.timeout(15_000) }),
        );
        await response?.body?.cancel();
      }
    };
    // A signed-in editor's server action: it reads the session, then refuses the empty form (no write).
    const actor = async () => {
      while (running) {
        const response = await record("server action createEventAction", () =>
          fetch(`${base}/editor/events/new`, {
            method: "POST",
            headers: {
              "next-action": actionId,
              origin: base,
              cookie,
              "content-type": "text/plain;charset=UTF-8",
            },
            body: "[{}]",
            signal: AbortSignal.timeout(15_000),
          }),
        );
        const text = (await response?.text()) ?? "";
        // Up: the form's field errors. Down: the typed 503 result the form shows, never "Sign in first".
        const expected = { 200: "Some fields are not valid", 503: "The database is unavailable" }[
          response?.status ?? 0
        ];
        if (response && (!expected || !text.includes(expected))) {
          outcomes.push({
            at: Date.now(),
            status: 299,
            retryAfter: null,
            what: `action ${response.status}: ${text.slice(-90)}`,
          });
        }
      }
    };
    const load = Promise.all([writer(), writer(), reader(0), reader(1), actor()]);

    const recoveries: number[] = [];
    const outages: { from: number; to: number }[] = [];
    try {
      for (let kill = 1; kill <= KILLS; kill++) {
        // Let the load run against a healthy server between kills.
        const before = acknowledged.length;
        const settle = Date.now() + 1_000;
        while (Date.now() < settle || acknowledged.length === before) await sleep(100);
        const pid = postmasterPid(dataDir);
        process.kill(pid, "SIGKILL");
        const killedAt = Date.now();
        while ((await healthStatus(base)) !== 200 || postmasterPid(dataDir) === pid) {
          if (Date.now() - killedAt > 30_000) throw new Error(`not recovered 30 s after kill ${kill}`);
          await sleep(100);
        }
        outages.push({ from: killedAt, to: Date.now() });
        recoveries.push((Date.now() - killedAt) / 1000);
      }
    } finally {
      running = false;
      await load;
    }

    // Nothing broken is kept: after the last restart every route answers as before the first kill.
    const after = await Promise.all(
      [...readPaths, "/api/health", "/feed.xml"].map(async (route) => {
        const response = await fetch(`${base}${route}`);
        await response.body?.cancel();
        return `${route} ${response.status}`;
      }),
    );

    const verify = createDb(databaseUrl, 2);
    const found = new Set<string>();
    for (let i = 0; i < acknowledged.length; i += 500) {
      const ids = acknowledged.slice(i, i + 500);
      const rows = await verify.db.select({ id: events.id }).from(events).where(inArray(events.id, ids));
      for (const row of rows) found.add(row.id);
    }
    await verify.pool.end();
    const lost = acknowledged.filter((id) => !found.has(id)).length;

    const during = outcomes.filter((o) => outages.some((w) => o.at >= w.from && o.at <= w.to + 1_000));
    const count = (list: Outcome[], test: (o: Outcome) => boolean) => list.filter(test).length;
    const serverErrors = outcomes.filter((o) => o.status >= 500 && o.status !== 503);
    const unavailable = outcomes.filter((o) => o.status === 503);
    console.log(
      [
        `[outage] ${KILLS} postmaster kills under load: ${outcomes.length} requests answered, ${timeouts} without an answer`,
        `[outage] writes acknowledged (2xx): ${acknowledged.length}; acknowledged writes lost: ${lost}`,
        `[outage] seconds to recover after each kill: ${recoveries.map((s) => s.toFixed(1)).join(", ")} (max ${Math.max(...recoveries).toFixed(1)})`,
        `[outage] answers during outages: ${during.length} (503: ${count(during, (o) => o.status === 503)}, 2xx: ${count(during, (o) => o.status < 300)}); 503 in all: ${unavailable.length}, with Retry-After: ${count(unavailable, (o) => o.retryAfter !== null)}`,
        `[outage] server actions: ${count(outcomes, (o) => o.what.startsWith("server action") && o.status === 200)} answered 200, ${count(outcomes, (o) => o.what.startsWith("server action") && o.status === 503)} answered 503`,
        `[outage] 5xx other than 503: ${serverErrors.length}${serverErrors.length ? ` (${serverErrors.map((o) => `${o.status} ${o.what}`).join(", ")})` : ""}`,
      ].join("\n"),
    );

    expect(lost).toBe(0);
    expect(after.filter((line) => !line.endsWith(" 200"))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    expect(serverErrors).toEqual([]);
    // An action answers its form's result: field errors when up, "unavailable" when down, nothing else.
    expect(outcomes.filter((o) => o.status === 299).map((o) => o.what)).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(count(unavailable, (o) => o.retryAfter === null)).toBe(0);
    expect(Math.max(...recoveries)).toBeLessThanOrEqual(10);
    expect(output().match(/PostgreSQL restarted in/g)?.length).toBe(KILLS);
  }, 150_000);

  it("stops within 5 s of SIGTERM and leaves no postgres process behind", async () => {
    const postmaster = postmasterPid(dataDir);
    const helpers = childrenOf(postmaster);
    expect(helpers.length).toBeGreaterThan(0);
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => launcher.once("exit", (code) => resolve(code)));
    launcher.kill("SIGTERM");
    const code = await Promise.race([exited, sleep(15_000).then(() => "timeout" as const)]);
    const seconds = (Date.now() - started) / 1000;
    await sleep(200);
    const left = [postmaster, ...helpers].filter((pid) => isProcessAlive(pid));
    console.log(
      `[outage] SIGTERM: launcher exited (code ${code}) in ${seconds.toFixed(1)} s (${/stopped: .*/.exec(output())?.[0]}); postgres processes left: ${left.length}`,
    );
    expect(code).toBe(0);
    expect(seconds).toBeLessThanOrEqual(5);
    expect(left).toEqual([]);
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
  }, 30_000);
});

describe.skipIf(!hasBuild && !process.env.CI)("an app on DATABASE_URL whose server goes away", () => {
  const folders: string[] = [];
  let database: RunningPostgres | undefined;
  let launcher: ChildProcess | undefined;

  afterAll(async () => {
    await stopLauncher(launcher);
    await database?.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("answers 503 with Retry-After while it is down and recovers by itself once it is back", async () => {
    const dbDir = mkdtempSync(path.join(tmpdir(), "parley-outage-db-"));
    const appDir = mkdtempSync(path.join(tmpdir(), "parley-outage-app-"));
    folders.push(dbDir, appDir);
    database = await startEmbeddedPostgres({ dataDir: dbDir });
    const { port, url } = database;
    const started = await startLauncher({ DATABASE_URL: url }, appDir);
    launcher = started.launcher;
    const routes = ["/", "/events/gomel-talks-2022-02-28", "/api/v1/events", "/api/health", "/feed.xml"];
    const statuses = async () =>
      Promise.all(
        routes.map(async (route) => {
          const response = await fetch(`${started.base}${route}`);
          await response.body?.cancel();
          return `${route} ${response.status} ${response.headers.get("retry-after") ?? "-"}`;
        }),
      );
    expect(await statuses()).toEqual(routes.map((r) => `${r} 200 -`));

    // A fast shutdown ends the pool's connections with 57P01, then nothing listens on the port.
    await database.stop();
    const down = await statuses();
    database = await startEmbeddedPostgres({ dataDir: dbDir, preferredPort: port });
    expect(database.port).toBe(port);
    const back = Date.now();
    let up = await statuses();
    while (up.some((line) => !line.includes(" 200 ")) && Date.now() - back < 15_000) {
      await sleep(200);
      up = await statuses();
    }
    console.log(`[outage] DATABASE_URL down: ${down.join("; ")}`);
    console.log(`[outage] DATABASE_URL back: all 200 after ${((Date.now() - back) / 1000).toFixed(1)} s`);
    expect(down).toEqual(routes.map((r) => `${r} 503 5`));
    expect(up).toEqual(routes.map((r) => `${r} 200 -`));
  }, 120_000);
});
