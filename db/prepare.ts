import { createDb } from "./client";
import { runMigrations } from "./migrate";
import { seedIfEmpty } from "./seed";

/** Runs one step; the launcher passes one that times it. */
export type Step = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** Migrates the database at `url` and seeds it when empty. Returns whether it seeded. */
export async function prepareDatabase(
  url: string,
  step: Step = (_name, work) => work(),
): Promise<{ seeded: boolean }> {
  const handle = createDb(url, 2);
  try {
    await step("migrate", () => runMigrations(handle));
    const seeded = await step("seed", () => seedIfEmpty(handle.db));
    return { seeded };
  } finally {
    await handle.pool.end();
  }
}
