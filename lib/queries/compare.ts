import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { andEventInProcess, andPartyInProcess, andTopicInProcess, processIdSql } from "./process-filters";
import { isPublicEventSql, isPublicPositionSql, isPublicSql } from "./visibility";

export type CellSource = {
  url: string | null;
  title: string;
  outlet: string | null;
  publishedOn: string | null;
  excerpt: string | null;
};

/** The statement in force in one cell on one date, with what a reader needs to check it. */
export type CellPosition = {
  id: string;
  stance: string;
  kind: string;
  summary: string;
  quote: string | null;
  statedOn: string;
  datePrecision: string;
  speakerName: string | null;
  speakerTitle: string | null;
  eventSlug: string | null;
  sources: CellSource[];
};

export type AxisParty = { id: string; slug: string; name: string; color: string };
export type AxisTopic = { id: string; slug: string; name: string; description: string | null };
export type MatrixCell = { partyId: string; topicId: string; byDate: (CellPosition | null)[] };

type Row = {
  date_index: number;
  party_id: string;
  topic_id: string;
  position: CellPosition | null;
};

const slugFilter = (column: SQL, slugs: readonly string[]) =>
  slugs.length > 0
    ? sql`and ${column} in (${sql.join(
        slugs.map((s) => sql`${s}`),
        sql`, `,
      )})`
    : sql``;

/**
 * Every (party, topic) cell as of each of `dates`, in ONE query: parties ×
 * topics × dates, each cell a LATERAL lookup that reads one row off
 * `positions_as_of_idx` (party_id, topic_id, stated_on desc, updated_at desc),
 * then its speaker, event and cited sources (json_agg). Implements the rule in
 * lib/compare/as-of-oracle.ts; keep the ORDER BY in step with `compareAsOf`.
 * Empty slug lists mean "all". Cells without a position come back null.
 */
export async function getCompareMatrix(db: Database, params: MatrixParams): Promise<MatrixCell[]> {
  if (params.dates.length === 0) return [];
  const result = await db.execute<Row>(compareMatrixSql(params));
  const cells = new Map<string, MatrixCell>();
  for (const row of result.rows) {
    const key = `${row.party_id}:${row.topic_id}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { partyId: row.party_id, topicId: row.topic_id, byDate: params.dates.map(() => null) };
      cells.set(key, cell);
    }
    cell.byDate[row.date_index] = row.position;
  }
  return [...cells.values()];
}

type MatrixParams = {
  /** A public process's slug: only its statements fill the cells. */
  process?: string;
  dates: readonly string[];
  partySlugs: readonly string[];
  topicSlugs: readonly string[];
};

/** The matrix statement itself, exported so the benchmark can EXPLAIN ANALYZE exactly what the page runs. */
export function compareMatrixSql(params: MatrixParams): SQL {
  const dateRows = sql.join(
    params.dates.map((d, i) => sql`(${i}::int, ${d}::date)`),
    sql`, `,
  );
  return sql`
    with d(date_index, on_date) as (values ${dateRows}),
    pa as (
      select id from parties p
      where ${isPublicSql("p")} ${slugFilter(sql`slug`, params.partySlugs)}
    ),
    tp as (
      select id from topics t
      where ${isPublicSql("t")} ${slugFilter(sql`slug`, params.topicSlugs)}
    )
    select d.date_index, pa.id as party_id, tp.id as topic_id,
      case when cur.id is null then null else json_build_object(
        'id', cur.id, 'stance', cur.stance, 'kind', cur.kind, 'summary', cur.summary, 'quote', cur.quote,
        'statedOn', to_char(cur.stated_on, 'YYYY-MM-DD'), 'datePrecision', cur.date_precision,
        'speakerName', sp.name, 'speakerTitle', sp.title, 'eventSlug', ev.slug,
        'sources', src.list
      ) end as position
    from d cross join pa cross join tp
    left join lateral (
      select p.id, p.stance, p.kind, p.summary, p.quote, p.stated_on, p.date_precision, p.person_id, p.event_id
      from positions p
      where p.party_id = pa.id and p.topic_id = tp.id and p.stated_on <= d.on_date
        and ${isPublicPositionSql("p")} ${params.process ? sql`and p.process_id = ${processIdSql(params.process)}` : sql``}
      -- NULLS LAST matches the index's declared order (drizzle writes DESC NULLS LAST); with the
      -- default NULLS FIRST the planner cannot read the order off positions_as_of_idx (~5x slower).
      order by p.stated_on desc nulls last, p.updated_at desc nulls last, p.id desc
      limit 1
    ) cur on true
    left join people sp on sp.id = cur.person_id and ${isPublicSql("sp")}
    left join events ev on ev.id = cur.event_id and ${isPublicEventSql("ev")}
    left join lateral (
      select coalesce(json_agg(json_build_object(
        'url', s.url, 'title', s.title, 'outlet', s.outlet,
        'publishedOn', to_char(s.published_on, 'YYYY-MM-DD'), 'excerpt', ps.excerpt
      ) order by s.published_on nulls last, s.title), '[]'::json) as list
      from position_sources ps join sources s on s.id = ps.source_id and ${isPublicSql("s")}
      where ps.position_id = cur.id
    ) src on cur.id is not null
  `;
}

/**
 * Published parties and topics, alphabetical: the matrix axes and the filter
 * choices. With a process, its parties and the topics its statements are about.
 */
export async function listCompareAxes(
  db: Database,
  process?: string,
): Promise<{ parties: AxisParty[]; topics: AxisTopic[] }> {
  const [parties, topics] = await Promise.all([
    db.execute<AxisParty>(sql`
      select id, slug, name, color from parties p
      where ${isPublicSql("p")} ${andPartyInProcess(process)} order by name`),
    db.execute<AxisTopic>(sql`
      select id, slug, name, description from topics t
      where ${isPublicSql("t")} ${andTopicInProcess(process)} order by name`),
  ]);
  return { parties: parties.rows, topics: topics.rows };
}

export type TalksRound = {
  slug: string;
  title: string;
  kind: string;
  startsOn: string;
  locationName: string | null;
};

/** At most this many quick picks: the page stays small however many rounds are recorded. */
export const MAX_QUICK_PICKS = 24;

/**
 * The latest published events of every kind (a ministers' meeting moves
 * positions as much as a talks round), oldest first: the quick-pick dates.
 * With a process, its own events and those linked to it.
 */
export async function listTalksRounds(
  db: Database,
  limit = MAX_QUICK_PICKS,
  process?: string,
): Promise<TalksRound[]> {
  const result = await db.execute<TalksRound>(sql`
    select * from (
      select slug, title, kind, to_char(starts_on, 'YYYY-MM-DD') as "startsOn", location_name as "locationName"
      from events e
      where ${isPublicEventSql("e")} ${andEventInProcess(process)}
      order by starts_on desc, title desc
      limit ${limit}
    ) latest order by "startsOn", title`);
  return result.rows;
}
