import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { multilateralKinds } from "@/lib/domain";
import type { TimelineQuery } from "@/lib/validation/timeline-query";
import { processIdSql } from "./process-filters";

/**
 * Reads of the per-lane bucket counts that migration 0009_timeline_buckets keeps up to date with
 * triggers (`timeline_items`: one row per public item and process key; `timeline_buckets`: their
 * counts per process, week or month, kind, status and lane party). A window's aggregate reads
 * O(buckets) rows however many events it covers. Visibility is applied when the rows are written:
 * only published, non-deleted events, and statements under a public party and topic, have rows.
 */

/** The process key meaning "every process"; also the lane party meaning "none". */
export const ALL_PROCESSES = sql`'00000000-0000-0000-0000-000000000000'::uuid`;

export const multilateral = sql.raw([...multilateralKinds].map((k) => `'${k}'`).join(", "));

/** Bound values as one typed SQL array (drizzle would spread a JS array into a parameter list). */
const typedArray = (values: string[], type: "text" | "uuid") =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;

export const textArray = (values: string[]) => typedArray(values, "text");
export const uuidArray = (values: string[]) => typedArray(values, "uuid");

/** The bucket rows' process key: a public process, or every process. */
export const processKeySql = (process: string | undefined): SQL =>
  process ? processIdSql(process) : ALL_PROCESSES;

/**
 * The lane of a row from its kind and its lane party, joined as `lp`, for items and counts alike.
 * Which kinds share the talks lane is decided here, not in the database.
 */
export function laneSql(mode: TimelineQuery["lanes"], kind: SQL): SQL {
  if (mode === "kind") return sql`'kind:' || ${kind}`;
  return sql`case when ${kind} in (${multilateral}) then 'talks' else coalesce('party:' || lp.slug, 'talks') end`;
}

/** Joins an event row `e` to its lane party `lp` under process key `key` (a join, not a lookup per event). */
export const eventLaneJoin = (
  key: SQL,
) => sql`join timeline_items ti on ti.item_id = e.id and ti.process_key = ${key}
  left join parties lp on lp.id = ti.lane_party`;

/**
 * An event `e` that began before `day` and runs into it: a containment test that only multi-day
 * events can pass, served by the GiST index `events_published_span_idx`, so it never reads the
 * events before a window.
 */
export function startedBeforeAndRunsInto(day: SQL): SQL {
  return sql`(e.ends_on > e.starts_on and daterange(e.starts_on, e.ends_on, '[]') @> daterange(${day} - 1, ${day}, '[]'))`;
}

/** Filters the bucket counts can answer: process, kinds and status (not search, parties or topics). */
export function servedByBuckets(query: Pick<TimelineQuery, "q" | "parties" | "topics">): boolean {
  return !query.q && query.parties.length === 0 && query.topics.length === 0;
}

function kindAndStatus(filters: Pick<TimelineQuery, "kinds" | "status">): SQL {
  const parts: SQL[] = [];
  if (filters.kinds.length) parts.push(sql`and b.kind = any(${textArray(filters.kinds)})`);
  if (filters.status.length) parts.push(sql`and b.status = any(${textArray(filters.status)})`);
  return sql.join(parts, sql` `);
}

/** Public events of the process key matching kinds and status, summed over the monthly buckets. */
export function bucketTotalSql(key: SQL, filters: Pick<TimelineQuery, "kinds" | "status">): SQL {
  return sql`select coalesce(sum(b.items), 0)::int from timeline_buckets b
    where b.process_key = ${key} and b.granularity = 'month' and b.kind <> 'position' ${kindAndStatus(filters)}`;
}

export type AggregateRow = { lane: string; start: string; end: string; count: number; events: number };

/**
 * Counts per lane and bucket for a window widened to whole buckets: each item in the bucket it starts
 * in; an event that began before the first bucket and runs into it, in the first bucket (those are
 * read live, and are few). `events` is the part of `count` that are events, not statements.
 */
export function bucketAggregateSql(
  query: TimelineQuery,
  key: SQL,
  bucketSize: "week" | "month",
  eventWhere: SQL,
): SQL {
  const unit = sql.raw(`'${bucketSize}'`);
  const first = sql`date_trunc(${unit}, ${query.from}::date)::date`;
  const statements = query.kinds.length || query.status.length ? sql`and b.kind <> 'position'` : sql``;
  return sql`
    select lane, to_char(bucket, 'YYYY-MM-DD') as start,
           to_char(bucket + ('1 ' || ${unit})::interval, 'YYYY-MM-DD') as "end", sum(n)::int as count,
           coalesce(sum(n) filter (where kind <> 'position'), 0)::int as events
    from (
      select b.kind, ${laneSql(query.lanes, sql`b.kind`)} as lane, b.bucket_start as bucket, b.items as n
      from timeline_buckets b left join parties lp on lp.id = b.lane_party
      where b.process_key = ${key} and b.granularity = ${bucketSize} and b.items <> 0
        and b.bucket_start between ${first} and ${query.to}::date ${kindAndStatus(query)} ${statements}
      union all
      select e.kind, ${laneSql(query.lanes, sql`e.kind`)}, ${first}, 1
      from events e ${eventLaneJoin(key)}
      where ${eventWhere} and ${startedBeforeAndRunsInto(first)}
    ) x
    group by lane, bucket order by bucket, lane`;
}
