/**
 * Migration 0007 on a database that holds data from before processes: every
 * row stays, and events and positions move to the default process, which
 * matches the one the seed creates. Old bundles import the same way.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { expect, inject, it } from "vitest";
import { runMigrations } from "../../db/migrate";
import { seedProcess, seedProcessParties } from "../../db/seed/istanbul-article";
import { buildBundle, serializeBundle } from "../../lib/export/export";
import { importBundle } from "../../lib/export/import";
import { createTestDatabase, describeOnEveryServer, type TestDatabase } from "../support/databases";

const fixtures = path.join(import.meta.dirname, "../fixtures");
const migrations = path.join(import.meta.dirname, "../../db/migrations");
type V1 = { tables: Record<string, Record<string, unknown>[]> };
const readV1 = async (scope: "published" | "all"): Promise<V1> =>
  JSON.parse(await readFile(path.join(fixtures, `bundle-v1-${scope}.json`), "utf8"));

/** The migrations folder as it was before 0007. */
async function migrationsBeforeProcesses(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "parley-migrations-"));
  await cp(migrations, dir, { recursive: true });
  const journalFile = path.join(dir, "meta/_journal.json");
  const journal = JSON.parse(await readFile(journalFile, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < "0007");
  await writeFile(journalFile, JSON.stringify(journal));
  return dir;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

/** Loads a version-1 bundle with plain INSERTs, as the old schema had it. */
async function loadOldRows(db: TestDatabase, bundle: V1) {
  const client = await db.pool.connect();
  try {
    // One transaction, as the provenance check (0004) runs at commit once rows cite their sources.
    await client.query("begin");
    for (const [table, rows] of Object.entries(bundle.tables)) {
      for (const row of rows) {
        const keys = Object.keys(row);
        const values = keys.map((k) => (k === "snapshot" ? JSON.stringify(row[k]) : row[k]));
        await client.query(
          `insert into ${table} (${keys.map((k) => `"${snake(k)}"`).join(", ")}) values (${keys.map((_, i) => `$${i + 1}`).join(", ")})`,
          values,
        );
      }
    }
    // As the importer does: explicit ids bypass the sequence.
    await client.query(
      "select setval(pg_get_serial_sequence('revisions', 'id'), (select max(id) from revisions))",
    );
    await client.query("commit");
  } finally {
    client.release();
  }
}

async function tableCount(db: TestDatabase, table: string): Promise<number> {
  const result = await db.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from "${table}"`));
  return result.rows[0]?.n ?? -1;
}

describeOnEveryServer(
  "migration 0007: peace processes",
  (get) => {
    const server = () => {
      const found = inject("postgresServers").find((s) => s.name === get().serverName);
      if (!found) throw new Error("server not found");
      return found;
    };

    it("creates no process in an empty database", async () => {
      expect(await tableCount(get(), "processes")).toBe(0);
    });

    it("moves every pre-change row into the default process without losing any", async () => {
      const old = await createTestDatabase(server(), { seed: false, migrate: false });
      const folder = await migrationsBeforeProcesses();
      try {
        await migrate(old.db, { migrationsFolder: folder });
        const bundle = await readV1("all");
        await loadOldRows(old, bundle);
        const before: Record<string, number> = {};
        for (const table of Object.keys(bundle.tables)) before[table] = await tableCount(old, table);

        await runMigrations(old);

        for (const [table, n] of Object.entries(before)) {
          const expected = table === "revisions" ? n + 1 : n;
          expect(await tableCount(old, table), table).toBe(expected);
        }
        const processes = await old.db.execute<Record<string, unknown>>(
          sql`select id, slug, name, aliases, summary, conflict, to_char(started_on, 'YYYY-MM-DD') as started_on, status, publication from processes`,
        );
        expect(processes.rows).toHaveLength(1);
        const process = processes.rows[0];
        expect(process).toMatchObject({
          slug: seedProcess.slug,
          name: seedProcess.name,
          aliases: seedProcess.aliases,
          summary: seedProcess.summary,
          conflict: seedProcess.conflict,
          started_on: seedProcess.startedOn,
          status: seedProcess.status,
          publication: "published",
        });
        const orphans = await old.db.execute<{ n: number }>(
          sql`select (select count(*) from events where process_id is distinct from ${process?.id})
                   + (select count(*) from positions where process_id is distinct from ${process?.id}) as n`,
        );
        expect(Number(orphans.rows[0]?.n)).toBe(0);
        const roles = await old.db.execute<{ slug: string; role: string }>(
          sql`select pa.slug, pp.role from process_parties pp join parties pa on pa.id = pp.party_id order by pa.slug`,
        );
        const seeded = [...seedProcessParties]
          .map((p) => ({ slug: p.party, role: p.role }))
          .sort((a, b) => a.slug.localeCompare(b.slug));
        expect(roles.rows).toEqual(seeded);
        const revision = await old.db.execute<{ n: number }>(
          sql`select count(*)::int as n from revisions where entity = 'process' and entity_id = ${process?.id}`,
        );
        expect(revision.rows[0]?.n).toBe(1);
        console.log(
          `[migration 0007 ${get().serverName}] kept ${JSON.stringify(before)}; process ${process?.slug} with ${roles.rows.length} parties`,
        );
      } finally {
        await rm(folder, { recursive: true, force: true });
        await old.drop();
      }
    });

    for (const scope of ["published", "all"] as const) {
      it(`imports a ${scope} bundle exported before processes, then round-trips byte for byte`, async () => {
        const first = await createTestDatabase(server(), { seed: false });
        const second = await createTestDatabase(server(), { seed: false });
        try {
          const old = await readV1(scope);
          const result = await importBundle(first.db, old);
          expect(result.ok ? [] : result.errors).toEqual([]);
          const bundle = await buildBundle(first.db, scope);
          expect(bundle.formatVersion).toBe(2);
          expect(bundle.tables.processes?.map((p) => p.slug)).toEqual([seedProcess.slug]);
          expect(bundle.tables.events).toHaveLength(old.tables.events?.length ?? -1);
          const processId = bundle.tables.processes?.[0]?.id;
          expect(bundle.tables.events?.every((e) => e.processId === processId)).toBe(true);
          expect(bundle.tables.positions?.every((p) => p.processId === processId)).toBe(true);
          // Every old row is still there, field for field.
          for (const [table, rows] of Object.entries(old.tables)) {
            const now = bundle.tables[table] ?? [];
            for (const row of rows) {
              const key = JSON.stringify(row);
              const match = now.find((r) => {
                const { processId: _p, ...rest } = r;
                return JSON.stringify(Object.fromEntries(Object.keys(row).map((k) => [k, rest[k]]))) === key;
              });
              expect(match, `${table} row kept`).toBeDefined();
            }
          }
          const text = serializeBundle(bundle);
          expect(await importBundle(second.db, JSON.parse(text))).toMatchObject({ ok: true });
          const again = serializeBundle(await buildBundle(second.db, scope));
          console.log(
            `[old ${scope} bundle] ${text.length} bytes after upgrade, identical: ${again === text}`,
          );
          expect(again).toBe(text);
        } finally {
          await first.drop();
          await second.drop();
        }
      });
    }
  },
  { seed: false },
);
