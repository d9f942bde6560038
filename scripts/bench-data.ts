/** Synthetic data for the compare benchmark: 10 parties × 30 topics, 100,000 positions, one citation each. */
import { sql } from "drizzle-orm";
import type { Database } from "../db/client";

export const PARTIES = 10;
export const TOPICS = 30;
export const POSITIONS = 100_000;
const BATCH = 20_000;

export async function loadBenchData(db: Database): Promise<void> {
  await db.execute(sql`
      insert into parties (slug, name, kind, color, publication)
      select 'party-' || i, 'Party ' || i, 'state', '#123456', 'published' from generate_series(1, ${PARTIES}::int) i`);
  await db.execute(sql`
      insert into topics (slug, name, publication)
      select 'topic-' || i, 'Topic ' || i, 'published' from generate_series(1, ${TOPICS}::int) i`);
  await db.execute(sql`
      insert into sources (url, title, outlet, publication)
      select 'https://news.example/' || i, 'Report ' || i, 'Outlet', 'published' from generate_series(1, 1000) i`);

  // Batched server-side inserts: ~8 years of statements, 10% drafts, 5% deleted, some approximate.
  for (let offset = 0; offset < POSITIONS; offset += BATCH) {
    await db.execute(sql`
        with pa as (select id, row_number() over (order by slug) - 1 as n from parties),
             tp as (select id, row_number() over (order by slug) - 1 as n from topics),
             g as (select i, random() as r from generate_series(${offset + 1}::int, ${offset + BATCH}::int) i)
        insert into positions (party_id, topic_id, stated_on, date_precision, kind, stance, summary, quote,
                               publication, deleted_at, updated_at)
        select pa.id, tp.id,
          date '2016-01-01' + (g.r * 3000)::int,
          case when g.i % 20 = 0 then 'approximate' else 'day' end,
          (array['red_line','demand','offer','position'])[1 + g.i % 4],
          (array['supports','opposes','conditional','open'])[1 + (g.i / 7) % 4],
          'Generated statement ' || g.i, case when g.i % 3 = 0 then 'Quote ' || g.i end,
          case when abs(hashtext('p' || g.i)) % 10 = 0 then 'draft' else 'published' end,
          case when abs(hashtext('d' || g.i)) % 20 = 0 then now() end,
          now() - (g.i || ' seconds')::interval
        from g
        join pa on pa.n = g.i % ${PARTIES}::int
        join tp on tp.n = (g.i / ${PARTIES}::int) % ${TOPICS}::int`);
  }
  await db.execute(sql`
      insert into position_sources (position_id, source_id, excerpt)
      select p.id, s.id, 'Excerpt' from positions p
      join sources s on s.url = 'https://news.example/' || (1 + abs(hashtext(p.id::text)) % 1000)`);
  await db.execute(sql`analyze`);
}
