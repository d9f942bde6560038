/**
 * A database for the command-line tools: DATABASE_URL when set, otherwise the
 * embedded PostgreSQL on PARLEY_DATA_DIR (./data), as `npm start` uses it.
 * Stop `npm start` first: one embedded server owns its data folder at a time.
 */
import { createDb, type DbHandle } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { seedIfEmpty } from "../db/seed";
import { readEnv } from "../lib/env";

export async function openCliDatabase(options: {
  /** Seed an empty database as `npm start` would (export); never for import, which needs it empty. */
  seed: boolean;
}): Promise<DbHandle & { close: () => Promise<void> }> {
  const env = readEnv();
  let stopServer = async () => {};
  let url = env.DATABASE_URL;
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
