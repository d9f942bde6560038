import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { inThisRequest } from "@/lib/net/shared-work";

type Reader = { running: Promise<string> | null; queued: Promise<string> | null };
const readers = new WeakMap<Database, Reader>();

async function queryVersion(db: Database): Promise<string> {
  const result = await db.execute<{ version: string; epoch: string }>(
    sql`select version::text as version, epoch::text as epoch from data_version where id = 1`,
  );
  const row = result.rows[0];
  if (!row) throw new Error("data_version has no row: run the migrations (0008_data_version)");
  return `${row.epoch.slice(0, 8)}.${row.version}`;
}

/**
 * The database's data version (migration 0008_data_version), e.g. `1f2e3d4c.42`:
 * it changes with every committed write to a table readers can see, on any app
 * server. Read per request rather than kept current by LISTEN/NOTIFY: a
 * notification arrives after the commit (a read right after a write could be
 * served stale) and one lost with a dropped connection would go unnoticed.
 *
 * Concurrent callers share queries, but a caller only joins a query that
 * starts after it arrived, so it never sees a version older than the last
 * commit before its request — and under load one query answers many requests.
 * Each of them marks a database outage on itself (lib/net/shared-work.ts).
 */
export function readDataVersion(db: Database): Promise<string> {
  return inThisRequest(sharedVersionQuery(db));
}

function sharedVersionQuery(db: Database): Promise<string> {
  let reader = readers.get(db);
  if (!reader) {
    reader = { running: null, queued: null };
    readers.set(db, reader);
  }
  const r = reader;
  if (!r.running) {
    r.running = queryVersion(db).finally(() => {
      r.running = null;
    });
    return r.running;
  }
  // The running query may have taken its snapshot before this request arrived: wait for the next one.
  if (!r.queued) {
    r.queued = r.running
      .catch(() => undefined)
      .then(() => {
        r.queued = null;
        return sharedVersionQuery(db);
      });
  }
  return r.queued;
}
