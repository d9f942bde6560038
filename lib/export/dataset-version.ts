import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { markDatabaseUnavailable } from "@/lib/net/database-outage.mjs";
import { isDatabaseUnavailable } from "@/lib/services/pg-errors";
import { buildBundle } from "./export";

/**
 * The published data set's version as /data shows it (a digest of the bundle),
 * for citations on every page and API answer without building the bundle on
 * each request. A cheap fingerprint of the editable tables (row counts, sum of
 * versions, latest edit and delete) decides when the digest must be rebuilt:
 * every save through lib/services bumps a version and an edit time. The
 * fingerprint itself is read at most every FINGERPRINT_TTL_MS per server, so a
 * citation may lag an edit by that long.
 */
const FINGERPRINT_TTL_MS = 5_000;
const TABLES = ["processes", "events", "positions", "parties", "people", "topics", "sources"] as const;

type Memo = {
  fingerprint: string | null;
  checkedAt: number;
  version: Promise<string> | null;
};

// One memo per database handle; on globalThis so separate route bundles share it.
const shared = globalThis as { __parleyDatasetVersions?: WeakMap<Database, Memo> };
shared.__parleyDatasetVersions ??= new WeakMap();
const memos = shared.__parleyDatasetVersions;

function memoFor(db: Database): Memo {
  let memo = memos.get(db);
  if (!memo) {
    memo = { fingerprint: null, checkedAt: 0, version: null };
    memos.set(db, memo);
  }
  return memo;
}

async function fingerprint(db: Database): Promise<string> {
  const parts = TABLES.map(
    (t) => `(select concat_ws(':', count(*), sum(version), max(updated_at), max(deleted_at)) from ${t})`,
  );
  const result = await db.execute<{ f: string }>(sql.raw(`select concat_ws('|', ${parts.join(", ")}) as f`));
  return result.rows[0]?.f ?? "";
}

/** The current datasetVersion of the published bundle (same value as /data and parley.json). */
export async function getDatasetVersion(db: Database): Promise<string> {
  const memo = memoFor(db);
  const now = Date.now();
  if (memo.version && now - memo.checkedAt < FINGERPRINT_TTL_MS) return inThisRequest(memo.version);
  const current = await fingerprint(db);
  memo.checkedAt = now;
  if (memo.version && current === memo.fingerprint) return inThisRequest(memo.version);
  memo.fingerprint = current;
  const version = buildBundle(db, "published").then((bundle) => bundle.datasetVersion);
  memo.version = version;
  // A failed build must not stick: the next request tries again.
  version.catch(() => {
    if (memo.version === version) memo.version = null;
  });
  return inThisRequest(version);
}

/**
 * The build is shared by every request that arrives while it runs, but the database hook
 * (db/index.ts) marks an outage only on the request whose async context ran the failed query.
 * Each awaiting request marks itself too, so it answers 503, not 500.
 */
function inThisRequest(version: Promise<string>): Promise<string> {
  return version.catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
    throw error;
  });
}
