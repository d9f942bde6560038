/**
 * A database for the command-line tools: DATABASE_URL when set; else the
 * embedded server of a running `npm start` (from its run file); else the
 * embedded PostgreSQL on PARLEY_DATA_DIR (./data), started for the command.
 * Never a second server on a folder in use: that would stop the app's.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createDb, type DbHandle } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { isProcessAlive } from "../db/process-utils";
import { seedIfEmpty } from "../db/seed";
import { readEnv } from "../lib/env";

async function runningAppDatabase(dataDir: string): Promise<string | undefined> {
  const run = await readFile(path.join(dataDir, "launcher.json"), "utf8").then(
    (text) => JSON.parse(text) as { launcherPid?: number; databaseUrl?: string },
    () => ({ launcherPid: undefined, databaseUrl: undefined }),
  );
  return run.launcherPid && isProcessAlive(run.launcherPid) ? run.databaseUrl : undefined;
}

export async function openCliDatabase(options: {
  /** Seed an empty database as `npm start` would (export); never for import, which needs it empty. */
  seed: boolean;
}): Promise<DbHandle & { close: () => Promise<void> }> {
  const env = readEnv();
  let stopServer = async () => {};
  let url = env.DATABASE_URL ?? (await runningAppDatabase(path.resolve(env.PARLEY_DATA_DIR)));
  if (!url) {
    const server = await startEmbeddedPostgres({ dataDir: env.PARLEY_DATA_DIR, preferredPort: 54329 });
    console.error(
      `[parley] embedded PostgreSQL on ${env.PARLEY_DATA_DIR} (set DATABASE_URL to use another server)`,
    );
    url = server.url;
    stopServer = server.stop;
  }
  const handle = createDb(url, 2);
  await runMigrations(handle);
  if (options.seed && (await seedIfEmpty(handle.db))) console.error("[parley] seeded an empty database");
  return {
    ...handle,
    close: async () => {
      await handle.pool.end();
      await stopServer();
    },
  };
}
