import "server-only";
import { env } from "@/lib/env";
import { markDatabaseUnavailable } from "@/lib/net/database-outage.mjs";
import { isDatabaseUnavailable } from "@/lib/services/pg-errors";
import { createDb, type Database, type DbHandle } from "./client";

const globalForDb = globalThis as unknown as { parleyDb?: DbHandle };

/**
 * The app's one pool, created on first use (never at build time) and cached on
 * globalThis so dev reloads and separate route bundles share it.
 */
export function getDb(): Database {
  if (!globalForDb.parleyDb) {
    if (!env.DATABASE_URL) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
    }
    globalForDb.parleyDb = createDb(env.DATABASE_URL, env.DATABASE_POOL_MAX, {
      // The request that met an unreachable database answers 503 (scripts/serve.mjs).
      onQueryError: (error) => {
        if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
      },
    });
  }
  return globalForDb.parleyDb.db;
}

export type { Database } from "./client";
