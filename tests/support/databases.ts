/**
 * Per-test-file databases on the throw-away servers from global-setup. Use
 * `describeOnEveryServer` so a test runs on PostgreSQL 18 and 15 alike.
 */
import { randomBytes } from "node:crypto";
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

/** A fresh database on `serverUrl`, migrated and (unless `seed: false`) seeded. */
export async function createTestDatabase(
  server: { name: string; url: string },
  options: { seed?: boolean } = {},
): Promise<TestDatabase & { drop: () => Promise<void> }> {
  const name = `parley_test_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabase(server.url, name);
  const handle = createDb(url, 20);
  await runMigrations(handle);
  if (options.seed !== false) await seedIfEmpty(handle.db);
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
