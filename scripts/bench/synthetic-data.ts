import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";

/**
 * Fills an empty, migrated database with a synthetic peace process: `parties`
 * parties, `topics` topics, `events` events over ten years (2016–2025) with two
 * participants each, and `positions` positions. Generated in SQL with
 * generate_series: tens of thousands of rows in seconds.
 */
export async function generateSyntheticData(
  db: Database,
  counts: { parties: number; topics: number; events: number; positions: number },
): Promise<void> {
  await db.execute(sql`
    insert into parties (slug, name, kind, color, publication)
    select 'party-' || i, 'Party ' || i, 'state', '#' || lpad(to_hex((i * 2654435) % 11184810), 6, '0'), 'published'
    from generate_series(1, ${counts.parties}) i`);
  await db.execute(sql`
    insert into topics (slug, name, publication)
    select 'topic-' || i, 'Topic ' || i, 'published' from generate_series(1, ${counts.topics}) i`);
  await db.execute(sql`
    insert into events (slug, title, summary, kind, status, starts_on, ends_on, date_precision, publication, deleted_at)
    select 'event-' || i, 'Synthetic event ' || i, 'Summary of synthetic event ' || i,
           (array['talks','call','meeting','speech','statement','briefing'])[1 + i % 6],
           (array['held','held','held','scheduled','postponed','cancelled'])[1 + i % 6],
           date '2016-01-01' + (i * 3652 / ${counts.events}),
           case when i % 10 = 0 then date '2016-01-01' + (i * 3652 / ${counts.events}) + 2 end,
           (array['day','day','day','month','approximate'])[1 + i % 5],
           case when i % 20 = 0 then 'draft' else 'published' end,
           case when i % 50 = 1 then now() end
    from generate_series(1, ${counts.events}) i`);
  await db.execute(sql`
    insert into event_participants (event_id, party_id, role)
    select e.id, p.id, case when e.kind in ('speech','statement','briefing') then 'speaker' else 'delegation' end
    from events e
    join lateral (select id from parties order by slug
                  offset (abs(hashtext(e.slug)) % ${counts.parties}) limit 1) p on true`);
  await db.execute(sql`
    insert into positions (party_id, topic_id, stated_on, date_precision, kind, stance, summary, quote, publication, deleted_at, event_id)
    select (select id from parties order by slug offset (i % ${counts.parties}) limit 1),
           (select id from topics order by slug offset ((i / ${counts.parties}) % ${counts.topics}) limit 1),
           date '2016-01-01' + (i * 3652 / ${counts.positions}),
           (array['day','day','month','approximate'])[1 + i % 4],
           (array['red_line','demand','offer','position'])[1 + i % 4],
           (array['supports','opposes','conditional','open'])[1 + (i / 7) % 4],
           'Synthetic position ' || i, case when i % 3 = 0 then 'Quote ' || i end,
           case when i % 25 = 0 then 'draft' else 'published' end,
           case when i % 40 = 1 then now() end,
           null
    from generate_series(1, ${counts.positions}) i`);
  await db.execute(sql`analyze`);
}
