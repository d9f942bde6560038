import "server-only";
import { ResultCache } from "./result-cache";

const globalForCache = globalThis as unknown as { parleyResultCache?: ResultCache };

/**
 * The one result cache of this server process, on globalThis so every route
 * bundle shares it (and its bounds). 48 MB keeps the server well under its
 * 400 MB memory budget at any data size; entries are JSON-sized estimates.
 */
export function sharedResultCache(): ResultCache {
  globalForCache.parleyResultCache ??= new ResultCache({ maxEntries: 2_000, maxBytes: 48 * 1024 * 1024 });
  return globalForCache.parleyResultCache;
}
