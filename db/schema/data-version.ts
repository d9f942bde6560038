/**
 * The data version readers' caches are keyed by (migration 0008_data_version).
 * One row: `version` goes up once per committed transaction that changed any
 * table readers can see; `epoch` is new for every fresh database, so a counter
 * that starts again at 1 after a reset never matches an old ETag. App servers
 * read it per request (lib/cache/data-version.ts): nothing they must agree on
 * lives in their memory.
 */

import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, uuid } from "drizzle-orm/pg-core";

export const dataVersion = pgTable(
  "data_version",
  {
    id: integer().primaryKey().default(1),
    version: bigint({ mode: "number" }).notNull().default(1),
    epoch: uuid().notNull().defaultRandom(),
  },
  (t) => [check("data_version_one_row", sql`${t.id} = 1`)],
);

/**
 * Transactions that changed visible data and have not committed yet, one row
 * each (the statement triggers insert; a deferred trigger bumps `data_version`
 * at commit and deletes the row). Taking the counter's row lock only at commit
 * means no writer waits on it while holding other locks, so it adds no deadlocks.
 */
export const dataVersionPending = pgTable("data_version_pending", {
  txid: bigint({ mode: "bigint" }).primaryKey(),
});
