/**
 * Per-test-file databases on the throw-away servers from global-setup. Use
 * `describeOnEveryServer` so a test runs on PostgreSQL 18 and 15 alike.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { createDb, type DbHandle } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { seedIfEmpty } from "../../db/seed";

export type TestDatabase = DbHandle & { url: string; serverName: string };

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh database on `serverUrl`, migrated (unless `migrate: false`) and (unless `seed: false`) seeded. */
export async function createTestDatabase(
  server: { name: string; url: string },
  options: { seed?: boolean; migrate?: boolean } = {},
): Promise<TestDatabase & { drop: () => Promise<void> }> {
  const name = `parley_test_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabase(server.url, name);
  const handle = createDb(url, 20);
  if (options.migrate !== false) {
    await runMigrations(handle);
    if (options.seed !== false) await seedIfEmpty(handle.db);
  }
  return {
    ...handle,
    url,
    serverName: server.name,
    drop: async () => {
      await handle.pool.end();
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * Runs `body` once per server, each with its own database created before and
 * dropped after. `get()` returns the database inside tests.
 */
export function describeOnEveryServer(
  title: string,
  body: (get: () => TestDatabase) => void,
  options: { seed?: boolean } = {},
) {
  for (const server of inject("postgresServers")) {
    describe(`${title} [${server.name}]`, () => {
      let database: (TestDatabase & { drop: () => Promise<void> }) | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(server, options);
      });
      afterAll(async () => {
        await database?.drop();
      });
      body(() => {
        if (!database) throw new Error("test database not ready");
        return database;
      });
    });
  }
}

/** The id of the seed's process, which rows a test inserts by hand belong to. */
export async function seedProcessId(db: TestDatabase["db"]): Promise<string> {
  const result = await db.execute<{ id: string }>(
    sql`select id from processes where slug = 'russia-ukraine-talks-2022'`,
  );
  const id = result.rows[0]?.id;
  if (!id) throw new Error("the seed process is missing");
  return id;
}
