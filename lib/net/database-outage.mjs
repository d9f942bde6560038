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

/** True when the request running now has met an unreachable database (false outside serve.mjs). */
export function databaseWasUnavailable() {
  return storage().getStore()?.databaseUnavailable === true;
}

/** What a client is told when the answer it would have had cannot stand (see below). */
export const UNAVAILABLE_MESSAGE =
  "Parley's database is unavailable for a moment. Please try again in a few seconds.";

/**
 * Runs one request so that, if the app met an unreachable database while handling it, the
 * answer goes out as 503 with Retry-After: pages, route handlers and server actions alike.
 * An error page Next rendered (5xx) keeps its body, and so does a server action's answer (its
 * typed 503 result, lib/actions/authorized-action.ts, which the form shows). Anything else built
 * on the failed query (a redirect to sign-in because the session could not be read, an empty
 * session) is replaced by a short text/plain message. Headers already sent (a streamed page)
 * cannot change; the page's error boundary shows then.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {() => void} handle
 */
export function trackDatabaseOutage(req, res, handle) {
  const state = { databaseUnavailable: false };
  const isAction = req.method === "POST" && req.headers["next-action"] !== undefined;
  let replaced = false;
  const { writeHead, write, end } = res;
  /** @type {(status: number, ...rest: any[]) => import("node:http").ServerResponse} */
  const replacement = (status, ...rest) => {
    if (!state.databaseUnavailable) return writeHead.call(res, status, ...rest);
    // Drop a status message written for the original status ("Internal Server Error").
    let headers = typeof rest[0] === "string" ? rest.slice(1) : rest;
    replaced = !isAction && status < 500;
    if (replaced) {
      headers = [];
      for (const name of ["content-length", "content-encoding", "etag", "location", "vary"])
        res.removeHeader(name);
      res.setHeader("Content-Type", "text/plain");
    }
    res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
    res.setHeader("Cache-Control", "no-store");
    return writeHead.call(res, 503, "Service Unavailable", ...headers);
  };
  res.writeHead = /** @type {typeof res.writeHead} */ (replacement);
  /** @param {unknown[]} args */
  const callbackOf = (args) => args.find((a) => typeof a === "function");
  res.write = /** @type {typeof res.write} */ (
    (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
      if (state.databaseUnavailable && !res.headersSent) res.writeHead(res.statusCode);
      if (!replaced) return write.call(res, chunk, ...rest);
      callbackOf(rest)?.();
      return true;
    }
  );
  res.end = /** @type {typeof res.end} */ (
    (/** @type {any[]} */ ...args) => {
      if (state.databaseUnavailable && !res.headersSent) res.writeHead(res.statusCode);
      if (!replaced) return end.call(res, ...args);
      return end.call(res, UNAVAILABLE_MESSAGE, callbackOf(args));
    }
  );
  storage().run(state, handle);
}
