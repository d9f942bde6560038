/**
 * What every benchmark in scripts/bench/ does around its measurements: a
 * throw-away embedded PostgreSQL with the schema, the production app started on
 * it through the launcher, percentiles, the machine's load, a clean exit.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "../../db/client";
import { startEmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { findFreePort } from "../../db/process-utils";

/** The p-th percentile (nearest rank) of `values`, in any order. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The 1/5/15-minute load average when the figures were taken (the machine is shared). */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

/** An ephemeral embedded PostgreSQL in a fresh temporary folder, migrated, with a two-connection pool. */
async function startBenchDatabase(prefix: string) {
  const postgres = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(tmpdir(), `${prefix}-`)),
    ephemeral: true,
  });
  const handle = createDb(postgres.url, 2);
  await runMigrations(handle);
  return { postgres, handle };
}

async function waitForHealth(url: string, child: ChildProcess) {
  // Up to 15 minutes: the launcher first builds the app when sources changed (minutes on a busy 2-core machine).
  for (let i = 0; i < 3600; i++) {
    if (child.exitCode !== null) throw new Error("the app exited during start-up");
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the app did not start");
}

/**
 * The production app on `databaseUrl`, started through the launcher and
 * answering /api/health. PORT picks its port (on a shared machine each
 * engineer has one); else any free one.
 */
async function startBenchApp(databaseUrl: string, prefix: string, env: Record<string, string> = {}) {
  const port = Number(process.env.PORT) || (await findFreePort());
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, ["scripts/run.mjs", "launch"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      PARLEY_DATA_DIR: mkdtempSync(path.join(tmpdir(), `${prefix}-run-`)),
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitForHealth(`${base}/api/health`, app);
  } catch (error) {
    await stopBenchApp(app);
    throw error;
  }
  return { app, base };
}

/** Stops the app if it still runs, and waits until it has exited. */
async function stopBenchApp(app: ChildProcess | undefined) {
  if (!app || app.exitCode !== null) return;
  const exited = new Promise((r) => app.once("exit", r));
  app.kill("SIGTERM");
  await exited;
}

/** What a benchmark's body gets: the migrated database and a way to start (and stop) the app on it. */
export type Bench = Awaited<ReturnType<typeof startBenchDatabase>> & {
  startApp: (env?: Record<string, string>) => ReturnType<typeof startBenchApp>;
  stopApp: () => Promise<void>;
};

/**
 * Runs a benchmark on a fresh database (folders named after `prefix`); whatever
 * happens, stops the app and the database, then exits with the outcome (the
 * app's pool and timers must not keep the process alive).
 */
export function runBenchmark(prefix: string, body: (bench: Bench) => Promise<void>) {
  const run = async () => {
    const database = await startBenchDatabase(prefix);
    let app: ChildProcess | undefined;
    const stopApp = () => stopBenchApp(app);
    try {
      await body({
        ...database,
        startApp: async (env) => {
          const started = await startBenchApp(database.postgres.url, prefix, env);
          app = started.app;
          return started;
        },
        stopApp,
      });
    } finally {
      await stopApp();
      if (!database.handle.pool.ended) await database.handle.pool.end();
      await database.postgres.stop();
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
