import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

/**
 * Failed sign-ins are counted in the database (so every app server shares the
 * count) in two buckets: the client's address and the account's email. Only
 * failures count, never a successful sign-in.
 *
 * - Address: the 4th attempt after 3 failures within 10 s is refused (429).
 * - Account: after 5 failures in a row, each further attempt waits 30 s,
 *   doubling with every failure up to 15 minutes; a success clears it. Unknown
 *   emails are counted the same way, so the answer never says whether an
 *   account exists.
 */
export const throttleRules = {
  address: { maxFailures: 3, windowMs: 10_000 },
  account: { freeFailures: 5, firstLockMs: 30_000, maxLockMs: 15 * 60_000, forgetAfterMs: 24 * 3_600_000 },
} as const;

const addressKey = (ip: string) => `sign-in-failures:ip:${ip}`;
const accountKey = (email: string) =>
  `sign-in-failures:account:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;

/** How long the account waits after `failures` failures in a row. */
export function accountLockMs(failures: number): number {
  const { freeFailures, firstLockMs, maxLockMs } = throttleRules.account;
  if (failures < freeFailures) return 0;
  return Math.min(maxLockMs, firstLockMs * 2 ** (failures - freeFailures));
}

type Row = { key: string; count: number; last_request: string };

/** Seconds until a sign-in may be tried, or 0 when it may be tried now. */
export async function signInWait(db: Database, ip: string, email: string, now = Date.now()): Promise<number> {
  const keys = [addressKey(ip), accountKey(email)];
  const { rows } = await db.execute<Row>(
    sql`select key, count, last_request from rate_limit where key in (${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )})`,
  );
  let waitMs = 0;
  for (const row of rows) {
    const last = Number(row.last_request);
    if (row.key === keys[0]) {
      const { maxFailures, windowMs } = throttleRules.address;
      if (row.count >= maxFailures && now - last < windowMs) waitMs = Math.max(waitMs, last + windowMs - now);
    } else if (now - last < throttleRules.account.forgetAfterMs) {
      const lock = accountLockMs(row.count);
      if (lock > 0 && now - last < lock) waitMs = Math.max(waitMs, last + lock - now);
    }
  }
  return Math.ceil(waitMs / 1000);
}

/** One more failure in both buckets; a bucket whose window has passed starts again at 1. */
export async function recordSignInFailure(db: Database, ip: string, email: string, now = Date.now()) {
  const buckets = [
    { key: addressKey(ip), windowMs: throttleRules.address.windowMs },
    { key: accountKey(email), windowMs: throttleRules.account.forgetAfterMs },
  ];
  for (const { key, windowMs } of buckets) {
    await db.execute(sql`
      insert into rate_limit (id, key, count, last_request) values (${key}, ${key}, 1, ${now})
      on conflict (key) do update set
        count = case when rate_limit.last_request < ${now - windowMs} then 1 else rate_limit.count + 1 end,
        last_request = ${now}`);
  }
}

/** A successful sign-in clears the account's failures (the address's expire by themselves). */
export async function clearAccountFailures(db: Database, email: string) {
  await db.execute(sql`delete from rate_limit where key = ${accountKey(email)}`);
}
