import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
export type DbHandle = { db: Database; pool: pg.Pool };
/** A transaction handle: services take it or the database. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

// Dates stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

type QueryErrorListener = (error: unknown) => void;

/** Calls `listener` when the promise a query or connect returned rejects; the caller still gets the rejection. */
function observe<T>(result: T, listener: QueryErrorListener): T {
  if (result instanceof Promise) result.then(undefined, listener);
  return result;
}

/**
 * Lets `listener` see every failed query, connect and transaction statement of the pool.
 * Only promise calls are observed (drizzle's): their rejection handlers run in the
 * caller's async context, so the listener can tell which request met the error.
 */
function observeErrors(pool: pg.Pool, listener: QueryErrorListener): void {
  const watched = new WeakSet<pg.PoolClient>();
  const watchClient = (client: pg.PoolClient) => {
    if (watched.has(client)) return client;
    watched.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => observe(query(...args), listener)) as typeof client.query;
    return client;
  };
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => observe(query(...args), listener)) as typeof pool.query;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    const result = connect(...args);
    if (!(result instanceof Promise)) return result; // callback form: pg's own pool.query
    return observe(result, listener).then(watchClient);
  }) as typeof pool.connect;
}

/**
 * A pool and its drizzle wrapper for one connection string; callers own `pool.end()`.
 * node-postgres drops a client whose connection broke and opens a new one on the next
 * query, so once the server is back the pool works again with nothing to reset.
 */
export function createDb(
  connectionString: string,
  max = 10,
  options: { onQueryError?: QueryErrorListener } = {},
): DbHandle {
  // A server that accepts no connection (a network partition) fails a query in 10 s, not TCP's minutes.
  const pool = new pg.Pool({
    connectionString,
    max,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  if (options.onQueryError) observeErrors(pool, options.onQueryError);
  return { db: drizzle({ client: pool, schema, casing: "snake_case" }), pool };
}
