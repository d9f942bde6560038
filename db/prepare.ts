import { createDb } from "./client";
import { runMigrations } from "./migrate";
import { seedIfEmpty } from "./seed";
import { hasDemoData, loadDemoIfEmpty } from "./seed/demo";

/**
 * Migrates the database at `url` and fills it when empty: with the real seed,
 * or with `demo: true` the synthetic demo data set. The two never share a
 * database: a demo start refuses one that holds other data, and a normal
 * start refuses one that holds the demo. Returns whether it seeded.
 */
export async function prepareDatabase(
  url: string,
  options: { demo?: boolean } = {},
): Promise<{ seeded: boolean }> {
  const handle = createDb(url, 2);
  try {
    await runMigrations(handle);
    const demo = await hasDemoData(handle.db);
    if (options.demo) {
      const seeded = await loadDemoIfEmpty(handle.db);
      if (!seeded && !demo) {
        throw new Error(
          "--demo needs an empty database or one that holds only the demo data; this one holds other data",
        );
      }
      return { seeded };
    }
    if (demo)
      throw new Error(
        "this database holds the synthetic demo data set: start it with --demo, or use another database",
      );
    const seeded = await seedIfEmpty(handle.db);
    return { seeded };
  } finally {
    await handle.pool.end();
  }
}
