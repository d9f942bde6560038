import "server-only";
import { type Database, sharedDb } from "@/db";
import { env } from "@/lib/env";
import { markDatabaseUnavailable } from "@/lib/net/database-outage.mjs";
import { isDatabaseUnavailable } from "@/lib/services/pg-errors";

// The request that met an unreachable database answers 503 (scripts/serve.mjs).
function onQueryError(error: unknown): void {
  if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
}

/** The app's database: the one pool on the validated DATABASE_URL. */
export function getDb(): Database {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
  }
  return sharedDb(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX, onQueryError });
}
