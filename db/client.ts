import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
export type DbHandle = { db: Database; pool: pg.Pool };

// Dates stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** A pool and its drizzle wrapper for one connection string; callers own `pool.end()`. */
export function createDb(connectionString: string, max = 10): DbHandle {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  return { db: drizzle({ client: pool, schema, casing: "snake_case" }), pool };
}
