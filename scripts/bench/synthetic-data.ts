import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";

/**
 * Synthetic data for the benchmarks, generated in SQL with generate_series
 * (tens of thousands of rows in seconds) into an empty, migrated database.
 * `timelineData` feeds bench:timeline, `compareData` bench:compare; both start
 * from the same parties and topics, `party-1…` and `topic-1…`.
 */
export type SyntheticCounts = { parties: number; topics: number; events: number; positions: number };

/** bench:timeline — the counts it reports. */
export const timelineCounts: SyntheticCounts = { parties: 10, topics: 30, events: 10_000, positions: 20_000 };
/** bench:compare — 10 parties × 30 topics, 100,000 positions, no events. */
export const compareCounts: SyntheticCounts = { parties: 10, topics: 30, events: 0, positions: 100_000 };

const SOURCES = 1000;
const BATCH = 20_000;

/** What the generators need of a database or a transaction. */
type Executor = Pick<Database, "execute">;

async function insertPartiesAndTopics(db: Executor, counts: SyntheticCounts) {
  await db.execute(sql`
    insert into parties (slug, name, kind, color, publication)
    select 'party-' || i, 'Party ' || i, 'state', '#' || lpad(to_hex((i * 2654435) % 11184810), 6, '0'), 'published'
    from generate_series(1, ${counts.parties}::int) i`);
  await db.execute(sql`
    insert into topics (slug, name, publication)
    select 'topic-' || i, 'Topic ' || i, 'published' from generate_series(1, ${counts.topics}::int) i`);
}

/** The process every generated row belongs to, and the sources they cite. */
async function insertProcessAndSources(db: Executor): Promise<string> {
  const process = await db.execute<{ id: string }>(sql`
    insert into processes (slug, name, publication) values ('synthetic-process', 'Synthetic process', 'published')
    returning id`);
  await db.execute(sql`
    insert into sources (url, title, outlet, publication)
    select 'https://news.example/' || i, 'Report ' || i, 'Outlet', 'published' from generate_series(1, ${SOURCES}::int) i`);
  const id = process.rows[0]?.id;
  if (!id) throw new Error("no process inserted");
  return id;
}

/** Each row cites one source, in the same transaction: a published row must (migration 0004_provenance). */
async function citeSources(db: Executor) {
  await db.execute(sql`
    insert into event_sources (event_id, source_id)
    select e.id, s.id from events e
    join sources s on s.url = 'https://news.example/' || (1 + abs(hashtext(e.id::text)) % ${SOURCES}::int)`);
  await db.execute(sql`
    insert into position_sources (position_id, source_id, excerpt)
    select p.id, s.id, 'Excerpt' from positions p
    join sources s on s.url = 'https://news.example/' || (1 + abs(hashtext(p.id::text)) % ${SOURCES}::int)`);
}

/**
 * A peace process over ten years (2016–2025): `events` events with one
 * participant each (their lane), 5% drafts and 2% deleted; `positions`
 * statements spread evenly over the same years, not tied to events.
 */
export async function timelineData(db: Database, counts: SyntheticCounts = timelineCounts): Promise<void> {
  await db.transaction(async (tx) => {
    // A bulk load: the timeline's bucket triggers stand aside and one set-wise recount follows
    // (migration 0009_timeline_buckets); row by row they would take minutes at 100,000 events.
    await tx.execute(sql`select set_config('parley.timeline_bulk', 'on', true)`);
    await insertPartiesAndTopics(tx, counts);
    const processId = await insertProcessAndSources(tx);
    await insertTimelineRows(tx, processId, counts);
    await citeSources(tx);
    // Before the commit runs the provenance checks (deferred, one per row): planned on empty-table
    // statistics they scan event_sources whole for every row (61 s at 10,000 events, not 1 s).
    await tx.execute(sql`analyze`);
    await tx.execute(sql`select parley_timeline_rebuild()`);
  });
  await db.execute(sql`analyze`);
}

async function insertTimelineRows(db: Executor, processId: string, counts: SyntheticCounts) {
  await db.execute(sql`
    insert into events (slug, process_id, title, summary, kind, status, starts_on, ends_on, date_precision, publication, deleted_at)
    select 'event-' || i, ${processId}::uuid, 'Synthetic event ' || i, 'Summary of synthetic event ' || i,
           (array['talks','call','meeting','speech','statement','briefing'])[1 + i % 6],
           (array['held','held','held','scheduled','postponed','cancelled'])[1 + i % 6],
           date '2016-01-01' + (i * 3652 / ${counts.events}::int),
           case when i % 10 = 0 then date '2016-01-01' + (i * 3652 / ${counts.events}::int) + 2 end,
           (array['day','day','day','month','approximate'])[1 + i % 5],
           case when i % 20 = 0 then 'draft' else 'published' end,
           case when i % 50 = 1 then now() end
    from generate_series(1, ${counts.events}::int) i`);
  await db.execute(sql`
    insert into event_participants (event_id, party_id, role)
    select e.id, p.id, case when e.kind in ('speech','statement','briefing') then 'speaker' else 'delegation' end
    from events e
    join lateral (select id from parties order by slug
                  offset (abs(hashtext(e.slug)) % ${counts.parties}::int) limit 1) p on true`);
  await db.execute(sql`
    insert into positions (process_id, party_id, topic_id, stated_on, date_precision, kind, stance, summary, quote, publication, deleted_at, event_id)
    select ${processId}::uuid, (select id from parties order by slug offset (i % ${counts.parties}::int) limit 1),
           (select id from topics order by slug offset ((i / ${counts.parties}::int) % ${counts.topics}::int) limit 1),
           date '2016-01-01' + (i * 3652 / ${counts.positions}::int),
           (array['day','day','month','approximate'])[1 + i % 4],
           (array['red_line','demand','offer','position'])[1 + i % 4],
           (array['supports','opposes','conditional','open'])[1 + (i / 7) % 4],
           'Synthetic position ' || i, case when i % 3 = 0 then 'Quote ' || i end,
           case when i % 25 = 0 then 'draft' else 'published' end,
           case when i % 40 = 1 then now() end,
           null
    from generate_series(1, ${counts.positions}::int) i`);
}

/**
 * Positions for the as-of comparison: ~8 years of statements at random dates,
 * 10% drafts, 5% deleted, some approximate, each citing one of 1,000 sources,
 * edit times all different (the as-of rule breaks ties by them).
 */
export async function compareData(db: Database, counts: SyntheticCounts = compareCounts): Promise<void> {
  await insertPartiesAndTopics(db, counts);
  await db.execute(sql`
    insert into sources (url, title, outlet, publication)
    select 'https://news.example/' || i, 'Report ' || i, 'Outlet', 'published' from generate_series(1, ${SOURCES}::int) i`);
  for (let offset = 0; offset < counts.positions; offset += BATCH) {
    await db.execute(sql`
      with pa as (select id, row_number() over (order by slug) - 1 as n from parties),
           tp as (select id, row_number() over (order by slug) - 1 as n from topics),
           g as (select i, random() as r
                 from generate_series(${offset + 1}::int, ${Math.min(offset + BATCH, counts.positions)}::int) i)
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
      join pa on pa.n = g.i % ${counts.parties}::int
      join tp on tp.n = (g.i / ${counts.parties}::int) % ${counts.topics}::int`);
  }
  await db.execute(sql`
    insert into position_sources (position_id, source_id, excerpt)
    select p.id, s.id, 'Excerpt' from positions p
    join sources s on s.url = 'https://news.example/' || (1 + abs(hashtext(p.id::text)) % ${SOURCES}::int)`);
  await db.execute(sql`analyze`);
}
