import { markDatabaseUnavailable } from "@/lib/net/database-outage.mjs";
import { isDatabaseUnavailable } from "@/lib/services/pg-errors";

/**
 * `work` as seen by the request awaiting it. Work shared by concurrent requests (a
 * memoised build, a cached computation, one version query) runs in the async context
 * of the request that started it, and the database hook (db/index.ts) marks an outage
 * only on that request. Each awaiting request marks itself too, so it answers 503, not 500.
 */
export function inThisRequest<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
    throw error;
  });
}
