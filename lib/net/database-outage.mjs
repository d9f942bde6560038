// Plain JavaScript on purpose: scripts/serve.mjs loads it without a TypeScript loader,
// and the app's bundles load it too; both reach the same store through globalThis.
import { AsyncLocalStorage } from "node:async_hooks";

/** Seconds a client is told to wait (Retry-After) while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

const key = Symbol.for("parley.database-outage");

/** @returns {AsyncLocalStorage<{ databaseUnavailable: boolean }>} */
function storage() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<{ databaseUnavailable: boolean }>>} */ (
    /** @type {unknown} */ (globalThis)
  );
  holder[key] ??= new AsyncLocalStorage();
  return holder[key];
}

/**
 * Called by the app when a query failed because the database cannot be reached
 * (lib/services/pg-errors.ts decides which errors those are). Outside a request
 * tracked by serve.mjs it does nothing.
 */
export function markDatabaseUnavailable() {
  const store = storage().getStore();
  if (store) store.databaseUnavailable = true;
}

/**
 * Runs one request so that, if the app met an unreachable database while handling it,
 * an error status (5xx) goes out as 503 with Retry-After instead: pages, route handlers
 * and server actions alike, whatever error page Next rendered.
 * @param {import("node:http").ServerResponse} res
 * @param {() => void} handle
 */
export function trackDatabaseOutage(res, handle) {
  const state = { databaseUnavailable: false };
  const writeHead = res.writeHead;
  /** @type {(status: number, ...rest: any[]) => import("node:http").ServerResponse} */
  const replacement = (status, ...rest) => {
    if (status >= 500 && state.databaseUnavailable) {
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      res.setHeader("Cache-Control", "no-store");
      // Drop a status message written for the original status ("Internal Server Error").
      const headers = typeof rest[0] === "string" ? rest.slice(1) : rest;
      return writeHead.call(res, 503, "Service Unavailable", ...headers);
    }
    return writeHead.call(res, status, ...rest);
  };
  res.writeHead = /** @type {typeof res.writeHead} */ (replacement);
  storage().run(state, handle);
}
