import { count, eq, sql } from "drizzle-orm";
import Papa from "papaparse";
import { expect, inject, it } from "vitest";
import { events, parties } from "../../db/schema";
import { bundleToCsv } from "../../lib/export/csv";
import { buildBundle, serializeBundle } from "../../lib/export/export";
import { importBundle } from "../../lib/export/import";
import { specsFor } from "../../lib/export/tables";
import { createTestDatabase, describeOnEveryServer, seedProcessId } from "../support/databases";

describeOnEveryServer("export and import", (get) => {
  const server = () => inject("postgresServers").find((s) => s.name === get().serverName);

  for (const scope of ["published", "all"] as const) {
    it(`round-trips a ${scope} bundle byte for byte through an empty database`, async () => {
      const first = serializeBundle(await buildBundle(get().db, scope));
      const target = server();
      if (!target) throw new Error("server not found");
      const empty = await createTestDatabase(target, { seed: false });
      try {
        const progress: string[] = [];
        const result = await importBundle(empty.db, JSON.parse(first), (table, done, total) =>
          progress.push(`${table} ${done}/${total}`),
        );
        expect(result.ok ? [] : result.errors).toEqual([]);
        expect(progress).toContain("events 7/7");
        const second = serializeBundle(await buildBundle(empty.db, scope));
        console.log(`[round trip ${scope}] ${first.length} bytes, identical: ${first === second}`);
        const head = JSON.parse(first);
        expect(head.licence).toEqual({
          id: "CC-BY-4.0",
          url: "https://creativecommons.org/licenses/by/4.0/",
        });
        expect(head.lastUpdated).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(head.datasetVersion).toMatch(/^[0-9a-f]{16}$/);
        expect(second).toBe(first);
        // Importing the same bundle again is an upsert: nothing changes.
        expect(await importBundle(empty.db, JSON.parse(first))).toMatchObject({ ok: true });
        expect(serializeBundle(await buildBundle(empty.db, scope))).toBe(first);
      } finally {
        await empty.drop();
      }
    });
  }

  it("names every column of every exported table, so no column is silently left out", async () => {
    const { db } = get();
    for (const spec of specsFor("all")) {
      const result = await db.execute<{ column_name: string }>(
        // Generated columns (the search documents) are derived from the others, not data to export.
        sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${spec.name} and is_generated = 'NEVER'`,
      );
      expect(spec.columns.map((c) => c.column).sort()).toEqual(result.rows.map((r) => r.column_name).sort());
    }
  });

  it("keeps drafts and deleted rows out of the published bundle", async () => {
    const { db } = get();
    await db.insert(events).values({
      processId: await seedProcessId(db),
      slug: "draft-only-event",
      title: "A draft",
      kind: "talks",
      status: "scheduled",
      startsOn: "2022-04-01",
    });
    const bundle = await buildBundle(db, "published");
    expect(bundle.tables.events?.some((e) => e.slug === "draft-only-event")).toBe(false);
    expect(JSON.stringify(bundle)).not.toContain("createdBy");
    const full = await buildBundle(db, "all");
    expect(full.tables.events?.some((e) => e.slug === "draft-only-event")).toBe(true);
    expect(full.counts.revisions).toBeGreaterThan(0);
    await db.delete(events).where(eq(events.slug, "draft-only-event"));
  });

  it("writes nothing and lists row-level errors for a bad bundle", async () => {
    const bundle = JSON.parse(serializeBundle(await buildBundle(get().db, "published")));
    const target = server();
    if (!target) throw new Error("server not found");
    const empty = await createTestDatabase(target, { seed: false });
    try {
      bundle.tables.events[1].kind = "party";
      bundle.tables.events[2].startsOn = "2022-02-30";
      bundle.tables.parties[0].color = "red";
      bundle.tables.parties[1].extra = 1;
      const result = await importBundle(empty.db, bundle);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ table: "events", index: 1, field: "kind" }),
          expect.objectContaining({ table: "events", index: 2, field: "startsOn" }),
          expect.objectContaining({ table: "parties", index: 0, field: "color" }),
          expect.objectContaining({ table: "parties", index: 1 }),
        ]),
      );
      const [n] = await empty.db.select({ n: count() }).from(parties);
      expect(n?.n).toBe(0);
    } finally {
      await empty.drop();
    }
  });

  it("rolls back everything when the database refuses one row", async () => {
    const bundle = JSON.parse(serializeBundle(await buildBundle(get().db, "published")));
    const target = server();
    if (!target) throw new Error("server not found");
    const empty = await createTestDatabase(target, { seed: false });
    try {
      // Valid on its own, but points at a party the bundle does not hold: a foreign-key refusal.
      bundle.tables.people[0].partyId = "00000000-0000-4000-8000-000000000000";
      const result = await importBundle(empty.db, bundle);
      expect(result.ok ? [] : result.errors).toMatchObject([{ table: "people", index: 0 }]);
      const [n] = await empty.db.select({ n: count() }).from(parties);
      expect(n?.n).toBe(0);
    } finally {
      await empty.drop();
    }
  });

  it("writes one CSV per table whose header row is the spec's columns", async () => {
    const bundle = await buildBundle(get().db, "published");
    const files = bundleToCsv(bundle);
    for (const spec of specsFor("published")) {
      const csv = files[spec.name];
      if (csv === undefined) throw new Error(`no CSV for ${spec.name}`);
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(spec.columns.map((c) => c.key));
      expect(parsed.data).toHaveLength(bundle.counts[spec.name] ?? -1);
    }
    const partiesCsv = Papa.parse<Record<string, string>>(files.parties ?? "", { header: true });
    const ukraine = partiesCsv.data.find((p) => p.slug === "ukraine");
    expect(JSON.parse(ukraine?.aliases ?? "[]")).toContain("Kiev");
  });
});
