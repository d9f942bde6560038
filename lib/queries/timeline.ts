// Over 250 lines: the window's filters, items and both aggregates share one set of SQL fragments.
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { TimelineQuery } from "@/lib/validation/timeline-query";
import {
  andEventInProcess,
  andPartyInProcess,
  andTopicInProcess,
  eventInProcessSql,
  processIdSql,
} from "./process-filters";
import { eventMatchesSearch, positionMatchesSearch } from "./search-match";
import { expandSearchTerms, type SearchExpansion } from "./search-terms";
import {
  type AggregateRow,
  ALL_PROCESSES,
  bucketAggregateSql,
  bucketTotalSql,
  eventLaneJoin,
  laneSql,
  multilateral,
  processKeySql,
  servedByBuckets,
  startedBeforeAndRunsInto,
  textArray,
} from "./timeline-buckets";
import { isPublicEventSql, isPublicPositionSql, isPublicSql } from "./visibility";

/** Above this many items in a window the timeline gets counts per lane and period instead. */
export const MAX_WINDOW_ITEMS = 300;

export type TimelineItem = {
  type: "event" | "position";
  id: string;
  slug: string | null;
  lane: string;
  title: string;
  start: string;
  end: string | null;
  status: string | null;
  precision: string;
  kind: string;
  color: string | null;
  /** The slug of the process the item belongs to, so a search across processes can say which. */
  process: string;
};

export type TimelineBucket = { lane: string; start: string; end: string; count: number };

export type TimelineWindow = {
  from: string;
  to: string;
  mode: "items" | "aggregate";
  items: TimelineItem[];
  buckets: TimelineBucket[];
  bucketSize: "week" | "month" | null;
  counts: { inWindow: number; matching: number; published: number };
  /** What the search looked for, so each result can say why it matched; null without a search. */
  search: SearchExpansion | null;
};

function positionLane(mode: TimelineQuery["lanes"]): SQL {
  return mode === "kind" ? sql`'kind:position'` : sql`'party:' || pa.slug`;
}

async function filterConditions(db: Database, query: Omit<TimelineQuery, "from" | "to" | "lanes">) {
  const search = query.q ? await expandSearchTerms(db, query.q) : null;
  const event: SQL[] = [isPublicEventSql("e")];
  // Statements made at an event are drawn with the event; only the others get their own point.
  const position: SQL[] = [sql`${isPublicPositionSql("pos")} and pos.event_id is null`];
  if (query.process) {
    event.push(eventInProcessSql("e", query.process));
    position.push(sql`pos.process_id = ${processIdSql(query.process)}`);
  }
  if (query.kinds.length) {
    event.push(sql`e.kind = any(${textArray(query.kinds)})`);
    position.push(sql`false`); // statements are not events of a kind: a kind filter hides them
  }
  if (query.status.length) {
    event.push(sql`e.status = any(${textArray(query.status)})`);
    position.push(sql`false`);
  }
  if (query.parties.length) {
    event.push(sql`exists (select 1 from event_participants ep join parties p on p.id = ep.party_id
      where ep.event_id = e.id and ${isPublicSql("p")} and p.slug = any(${textArray(query.parties)}))`);
    position.push(sql`pa.slug = any(${textArray(query.parties)})`);
  }
  if (query.topics.length) {
    event.push(sql`exists (select 1 from positions ps join topics t on t.id = ps.topic_id
      where ps.event_id = e.id and ${isPublicPositionSql("ps")} and t.slug = any(${textArray(query.topics)}))`);
    position.push(sql`tp.slug = any(${textArray(query.topics)})`);
  }
  if (search?.terms.length && query.q) {
    event.push(eventMatchesSearch(search.terms, query.q));
    position.push(await positionMatchesSearch(db, search.terms));
  }
  return { event: sql.join(event, sql` and `), position: sql.join(position, sql` and `), search };
}

export const eventFrom = sql`from events e`;
// Inner joins on public parties and topics: a statement of a draft party has no lane to be drawn in.
const positionFrom = sql`from positions pos
  join parties pa on pa.id = pos.party_id and ${isPublicSql("pa")}
  join topics tp on tp.id = pos.topic_id and ${isPublicSql("tp")}`;

function inWindow(from: string, to: string) {
  const startsIn = sql`e.starts_on between ${from}::date and ${to}::date`;
  const runsInto = startedBeforeAndRunsInto(sql`${from}::date`);
  return {
    event: sql`(${startsIn} or ${runsInto})`,
    // The two halves apart (they never overlap: one starts in the window, the other before it), for
    // the probe: with the OR the planner scanned events from the start of the table up to the window.
    eventStartsIn: startsIn,
    eventRunsInto: runsInto,
    position: sql`pos.stated_on between ${from}::date and ${to}::date`,
  };
}

/**
 * Everything the timeline draws for one window: the items themselves, or —
 * when more than MAX_WINDOW_ITEMS would be on screen — counts per lane and
 * week or month, so the canvas never holds more than a few hundred elements.
 * The cost stays flat as data grows: whether the window holds too many items
 * is probed with a LIMIT, the totals and (without a search, party or topic
 * filter) the aggregate are read from the trigger-kept bucket counts.
 */
export async function getTimelineWindow(db: Database, query: TimelineQuery): Promise<TimelineWindow> {
  const where = await filterConditions(db, query);
  const window = inWindow(query.from, query.to);
  const key = processKeySql(query.process);
  const fromBuckets = servedByBuckets(query);
  // Without any filter the matching events are the published ones: the same sum, read once.
  const sameAsPublished = fromBuckets && query.kinds.length === 0 && query.status.length === 0;

  // One more than the limit tells "too many" apart without counting them all.
  const probe = await db.execute<{
    in_window: number;
    positions: number;
    published: number;
    matching: number;
  }>(sql`
    select
      (select count(*)::int from (
        (select 1 ${eventFrom} where ${where.event} and ${window.eventStartsIn} limit ${MAX_WINDOW_ITEMS + 1})
        union all
        (select 1 ${eventFrom} where ${where.event} and ${window.eventRunsInto} limit ${MAX_WINDOW_ITEMS + 1})
      ) x) as in_window,
      (select count(*)::int from (select 1 ${positionFrom} where ${where.position} and ${window.position}
        limit ${MAX_WINDOW_ITEMS + 1}) y) as positions,
      (${bucketTotalSql(key, { kinds: [], status: [] })}) as published,
      ${sameAsPublished ? sql`null` : sql`(${fromBuckets ? bucketTotalSql(key, query) : sql`select count(*)::int ${eventFrom} where ${where.event}`})`} as matching
  `);
  const row = probe.rows[0] ?? { in_window: 0, matching: 0, published: 0, positions: 0 };
  const c = { ...row, matching: sameAsPublished ? row.published : row.matching };
  const search = where.search;

  if (c.in_window + c.positions > MAX_WINDOW_ITEMS) {
    const spanDays = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    const bucketSize = spanDays > 730 ? "month" : "week";
    const rows = fromBuckets
      ? await db.execute<AggregateRow>(bucketAggregateSql(query, key, bucketSize, where.event))
      : await db.execute<AggregateRow>(liveAggregateSql(query, key, bucketSize, where, window));
    const buckets = rows.rows.map(({ events: _events, ...bucket }) => bucket);
    const inWindow = rows.rows.reduce((sum, row) => sum + row.events, 0);
    const counts = { inWindow, matching: c.matching, published: c.published };
    return {
      from: query.from,
      to: query.to,
      counts,
      search,
      mode: "aggregate",
      items: [],
      buckets,
      bucketSize,
    };
  }

  const rows = await db.execute<TimelineItem>(sql`
    select 'event' as type, e.id, e.slug, ${laneSql(query.lanes, sql`e.kind`)} as lane, e.title,
           to_char(e.starts_on, 'YYYY-MM-DD') as start, to_char(e.ends_on, 'YYYY-MM-DD') as "end",
           e.status, e.date_precision as precision, e.kind,
           (select pr.slug from processes pr where pr.id = e.process_id) as process,
           case when e.kind in (${multilateral}) then null else lp.color end as color
    ${eventFrom} ${eventLaneJoin(ALL_PROCESSES)} where ${where.event} and ${window.event}
    union all
    select 'position', pos.id, null, ${positionLane(query.lanes)}, pa.name || ': ' || pos.summary,
           to_char(pos.stated_on, 'YYYY-MM-DD'), null, null, pos.date_precision, 'position',
           (select pr.slug from processes pr where pr.id = pos.process_id), pa.color
    ${positionFrom} where ${where.position} and ${window.position}
    order by start, title
  `);
  const counts = { inWindow: c.in_window, matching: c.matching, published: c.published };
  return {
    from: query.from,
    to: query.to,
    counts,
    search,
    mode: "items",
    items: rows.rows,
    buckets: [],
    bucketSize: null,
  };
}

/** The live aggregate, for filters the bucket counts do not hold (search, parties, topics). */
function liveAggregateSql(
  query: TimelineQuery,
  key: SQL,
  bucketSize: "week" | "month",
  where: { event: SQL; position: SQL },
  window: { event: SQL; position: SQL },
): SQL {
  const unit = sql.raw(`'${bucketSize}'`);
  return sql`
    select lane, to_char(bucket, 'YYYY-MM-DD') as start,
           to_char(bucket + ('1 ' || ${unit})::interval, 'YYYY-MM-DD') as "end", count(*)::int as count,
           (count(*) filter (where is_event))::int as events
    from (
      select ${laneSql(query.lanes, sql`e.kind`)} as lane, true as is_event,
             date_trunc(${unit}, greatest(e.starts_on, ${query.from}::date)) as bucket
      ${eventFrom} ${eventLaneJoin(key)} where ${where.event} and ${window.event}
      union all
      select ${positionLane(query.lanes)}, false, date_trunc(${unit}, pos.stated_on)
      ${positionFrom} where ${where.position} and ${window.position}
    ) x
    group by lane, bucket order by bucket, lane`;
}

export type TimelineFacets = {
  processes: { slug: string; name: string }[];
  parties: { slug: string; name: string; color: string }[];
  topics: { slug: string; name: string }[];
  span: { first: string; last: string } | null;
};

/** Filter choices and the span of the data, for the filter bar and the default window. */
export async function getTimelineFacets(db: Database, process?: string): Promise<TimelineFacets> {
  // With a process chosen, its parties are the lanes; its events give the span.
  const [processes, parties, topics, span] = await Promise.all([
    db.execute<{ slug: string; name: string }>(
      sql`select slug, name from processes pr where ${isPublicSql("pr")} order by started_on nulls last, name`,
    ),
    db.execute<{ slug: string; name: string; color: string }>(
      sql`select slug, name, color from parties p where ${isPublicSql("p")} ${andPartyInProcess(process)} order by name`,
    ),
    db.execute<{ slug: string; name: string }>(
      sql`select slug, name from topics t where ${isPublicSql("t")} ${andTopicInProcess(process)} order by name`,
    ),
    db.execute<{ first: string | null; last: string | null }>(sql`
      select to_char(min(starts_on), 'YYYY-MM-DD') as first, to_char(max(coalesce(ends_on, starts_on)), 'YYYY-MM-DD') as last
      from events e where ${isPublicEventSql("e")} ${andEventInProcess(process)}`),
  ]);
  const s = span.rows[0];
  return {
    processes: processes.rows,
    parties: parties.rows,
    topics: topics.rows,
    span: s?.first && s.last ? { first: s.first, last: s.last } : null,
  };
}
