import { createDb } from "./client";
import { runMigrations } from "./migrate";
import { seedIfEmpty } from "./seed";

/** Migrates the database at `url` and seeds it when empty. Returns whether it seeded. */
export async function prepareDatabase(url: string): Promise<{ seeded: boolean }> {
  const handle = createDb(url, 2);
  try {
    await runMigrations(handle);
    const seeded = await seedIfEmpty(handle.db);
    return { seeded };
  } finally {
    await handle.pool.end();
  }
}
