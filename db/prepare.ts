import { createDb } from "./client";
import { runMigrations } from "./migrate";
import { seedIfEmpty } from "./seed";
import { hasDemoData, loadDemoIfEmpty } from "./seed/demo";

/** Runs one step; the launcher passes one that times it. */
export type Step = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/**
 * Migrates the database at `url` and fills it when empty: with the real seed,
 * or with `demo: true` the synthetic demo data set. The two never share a
 * database: a demo start refuses one that holds other data, and a normal
 * start refuses one that holds the demo. Returns whether it seeded.
 */
export async function prepareDatabase(
  url: string,
  options: { demo?: boolean; step?: Step } = {},
): Promise<{ seeded: boolean }> {
  const step: Step = options.step ?? ((_name, work) => work());
  const handle = createDb(url, 2);
  try {
    await step("migrate", () => runMigrations(handle));
    const demo = await hasDemoData(handle.db);
    if (options.demo) {
      const seeded = await step("seed", () => loadDemoIfEmpty(handle.db));
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
    const seeded = await step("seed", () => seedIfEmpty(handle.db));
    return { seeded };
  } finally {
    await handle.pool.end();
  }
}
