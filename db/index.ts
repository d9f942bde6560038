import "server-only";
import { createDb, type Database, type DbHandle } from "./client";

const globalForDb = globalThis as unknown as { parleyDb?: DbHandle };

/**
 * The process's one pool, created on first use (never at build time) for the
 * URL the caller passes, and cached on globalThis so dev reloads and separate
 * route bundles share it. Persistence knows nothing of the app's configuration:
 * `lib/db.ts` passes the URL, the pool size and what to do when a query fails.
 */
export function sharedDb(
  url: string,
  options: { max: number; onQueryError?: (error: unknown) => void },
): Database {
  globalForDb.parleyDb ??= createDb(url, options.max, { onQueryError: options.onQueryError });
  return globalForDb.parleyDb.db;
}

export type { Database, Tx } from "./client";
