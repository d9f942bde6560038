import { count, like, sql } from "drizzle-orm";
import { expect, inject, it } from "vitest";
import { prepareDatabase } from "../../db/prepare";
import { events, parties, positions, processes } from "../../db/schema";
import { eventKinds, eventStatuses } from "../../lib/domain";
import { createTestDatabase, describeOnEveryServer, type TestDatabase } from "../support/databases";

const rows = async (db: TestDatabase["db"], query: string) =>
  (await db.execute(sql.raw(query))).rows as Record<string, unknown>[];

describeOnEveryServer(
  "synthetic demo data set",
  (get) => {
    const server = () => {
      const found = inject("postgresServers").find((s) => s.name === get().serverName);
      if (!found) throw new Error("server not found");
      return found;
    };

    it("fills a fresh database: processes, every kind and status, all published and followably sourced", async () => {
      const { db, url } = get();
      expect(await prepareDatabase(url, { demo: true })).toEqual({ seeded: true });
      const [p] = await db.select({ n: count() }).from(processes);
      const [e] = await db.select({ n: count() }).from(events);
      const [q] = await db.select({ n: count() }).from(positions);
      console.log(`[demo] ${p?.n} processes, ${e?.n} events, ${q?.n} positions`);
      expect(p?.n).toBeGreaterThanOrEqual(3);
      expect(e?.n).toBeGreaterThanOrEqual(180);
      expect(q?.n).toBeGreaterThanOrEqual(540);

      const names = await rows(
        db,
        "select name from processes where name not like 'Demo: %' or slug not like 'demo-%'",
      );
      expect(names).toEqual([]);
      const kinds = await rows(db, "select distinct kind from events order by kind");
      expect(kinds.map((r) => r.kind).sort()).toEqual([...eventKinds].sort());
      const statuses = await rows(db, "select distinct status from events");
      expect(statuses.map((r) => r.status).sort()).toEqual([...eventStatuses].sort());

      // Published, live, and citing a live example.org/demo source: nothing else.
      const unsourced = await rows(
        db,
        `select 'event' as kind, id from events e where e.publication <> 'published' or e.deleted_at is not null
           or not exists (select 1 from event_sources l join sources s on s.id = l.source_id
                          where l.event_id = e.id and s.deleted_at is null and s.url like 'https://example.org/demo/%')
         union all
         select 'position', id from positions p where p.publication <> 'published' or p.deleted_at is not null
           or not exists (select 1 from position_sources l join sources s on s.id = l.source_id
                          where l.position_id = p.id and s.deleted_at is null and s.url like 'https://example.org/demo/%')`,
      );
      expect(unsourced).toEqual([]);
      const foreign = await rows(
        db,
        "select url from sources where url not like 'https://example.org/demo/%'",
      );
      expect(foreign).toEqual([]);

      // The compare table is full: every party has a published position on every topic.
      const [pairs] = await rows(
        db,
        `select count(distinct (party_id, topic_id))::int as n, (select count(*)::int from parties) as parties,
                (select count(*)::int from topics) as topics from positions`,
      );
      expect(pairs?.n).toBe(Number(pairs?.parties) * Number(pairs?.topics));

      // The provenance trigger holds for demo rows too: a published event cannot lose its last source.
      await expect(
        db.transaction(async (tx) => {
          await tx.execute(
            sql`delete from event_sources where event_id = (select id from events order by slug limit 1)`,
          );
        }),
      ).rejects.toThrow();
    });

    it("a second demo start loads nothing more; a normal start refuses the demo database", async () => {
      const { db, url } = get();
      const before = await db.select({ n: count() }).from(events);
      expect(await prepareDatabase(url, { demo: true })).toEqual({ seeded: false });
      await expect(prepareDatabase(url)).rejects.toThrow(/demo data set/);
      expect(await db.select({ n: count() }).from(events)).toEqual(before);
      const real = await db.select({ n: count() }).from(processes).where(like(processes.slug, "russia-%"));
      expect(real[0]?.n).toBe(0);
    });

    it("never goes into the real seed's database", async () => {
      const seeded = await createTestDatabase(server());
      try {
        const countsOf = async () => ({
          parties: (await seeded.db.select({ n: count() }).from(parties))[0]?.n,
          events: (await seeded.db.select({ n: count() }).from(events))[0]?.n,
          positions: (await seeded.db.select({ n: count() }).from(positions))[0]?.n,
        });
        const before = await countsOf();
        await expect(prepareDatabase(seeded.url, { demo: true })).rejects.toThrow(/holds other data/);
        expect(await countsOf()).toEqual(before);
        expect(await prepareDatabase(seeded.url)).toEqual({ seeded: false });
        const demo = await rows(
          seeded.db,
          `select slug from processes where slug like 'demo-%' union all select slug from parties where slug like 'demo-%'
           union all select url from sources where url like 'https://example.org/demo/%'`,
        );
        expect(demo).toEqual([]);
      } finally {
        await seeded.drop();
      }
    });
  },
  { seed: false },
);
