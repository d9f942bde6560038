import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { DbHandle } from "./client";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");
// Any constant works; it only has to be the same for every app server.
const MIGRATION_LOCK = 7_204_202_2;

/**
 * Applies every committed migration not yet applied. Several app servers may
 * start at once against one database, so a session advisory lock serializes them.
 */
export async function runMigrations({ db, pool }: DbHandle): Promise<void> {
  const lockClient = await pool.connect();
  try {
    await lockClient.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(db, { migrationsFolder });
  } finally {
    await lockClient.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    lockClient.release();
  }
}

/** Returns the names of tables in the public schema; used by tests to check the schema landed. */
export async function listTables({ db }: DbHandle): Promise<string[]> {
  const result = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
  );
  return result.rows.map((row) => row.table_name);
}
