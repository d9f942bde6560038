import "server-only";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { parties, processes, processParties } from "@/db/schema";
import type { ProcessPartyRole } from "@/lib/domain";
import type { SlugOrderedQuery } from "@/lib/validation/directory-query";
import { keysetAfter, keysetPage } from "./keyset";
import { likePattern, textMatches } from "./text-search";
import { isPublic, isPublicEventSql, isPublicPositionSql, isPublicSql } from "./visibility";

/** Peace processes: public rows only, each with its public parties and their roles. */

const processColumns = {
  id: processes.id,
  slug: processes.slug,
  name: processes.name,
  aliases: processes.aliases,
  summary: processes.summary,
  conflict: processes.conflict,
  startedOn: processes.startedOn,
  status: processes.status,
  updatedAt: processes.updatedAt,
};

type ProcessRow = {
  id: string;
  slug: string;
  name: string;
  aliases: string[];
  summary: string;
  conflict: string | null;
  startedOn: string | null;
  status: string;
  updatedAt: Date;
};

export type ProcessView = Omit<ProcessRow, "updatedAt"> & {
  updatedAt: string;
  parties: { slug: string; name: string; color: string; role: string }[];
};

function processWhere(q: { q?: string }, extra?: SQL) {
  const pattern = q.q ? likePattern(q.q) : undefined;
  return and(
    isPublic(processes),
    pattern
      ? textMatches(pattern, [processes.name, processes.conflict, processes.slug], [processes.aliases])
      : undefined,
    extra,
  );
}

async function withParties(db: Database, rows: ProcessRow[]): Promise<ProcessView[]> {
  if (!rows.length) return [];
  const links = await db
    .select({
      processId: processParties.processId,
      slug: parties.slug,
      name: parties.name,
      color: parties.color,
      role: processParties.role,
    })
    .from(processParties)
    .innerJoin(parties, and(eq(parties.id, processParties.partyId), isPublic(parties)))
    .where(
      sql`${processParties.processId} in (${sql.join(
        rows.map((r) => sql`${r.id}::uuid`),
        sql`, `,
      )})`,
    )
    .orderBy(asc(parties.name));
  return rows.map((r) => ({
    ...r,
    updatedAt: r.updatedAt.toISOString(),
    parties: links.filter((l) => l.processId === r.id).map(({ processId: _p, ...l }) => l),
  }));
}

const bySlug = keysetAfter([{ column: processes.slug, cast: "text" }]);

export async function listProcessesPage(
  db: Database,
  q: Omit<SlugOrderedQuery, "cursor"> & { cursor?: readonly [string] },
) {
  const rows = await db
    .select(processColumns)
    .from(processes)
    .where(
      processWhere(q, and(bySlug.after(q.cursor), q.process ? eq(processes.slug, q.process) : undefined)),
    )
    .orderBy(...bySlug.orderBy)
    .limit(q.limit + 1);
  const page = keysetPage(rows, q.limit, (r) => [r.slug]);
  return { data: await withParties(db, page.data), nextCursor: page.nextCursor };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getProcess(db: Database, key: string): Promise<ProcessView | null> {
  const rows = await db
    .select(processColumns)
    .from(processes)
    .where(processWhere({}, UUID.test(key) ? eq(processes.id, key) : eq(processes.slug, key)))
    .limit(1);
  const [view] = await withParties(db, rows);
  return view ?? null;
}

/** Every public process, oldest first: the picker's choices and the home page's list. */
export async function listProcesses(db: Database): Promise<ProcessView[]> {
  const rows = await db
    .select(processColumns)
    .from(processes)
    .where(processWhere({}))
    .orderBy(sql`${processes.startedOn} nulls last`, asc(processes.name));
  return withParties(db, rows);
}

export type RedLineAsOf = {
  partySlug: string;
  partyName: string;
  topicName: string;
  statedOn: string;
  summary: string;
};

/**
 * Each party's red line on each topic of the process as of `day`: its latest
 * public statement by the as-of rule (stated on or before the day, the later
 * edit winning a tie), kept when that statement is a red line.
 */
export async function listRedLinesAsOf(db: Database, processId: string, day: string): Promise<RedLineAsOf[]> {
  const result = await db.execute<RedLineAsOf>(sql`
    select pa.slug as "partySlug", pa.name as "partyName", t.name as "topicName",
           to_char(x.stated_on, 'YYYY-MM-DD') as "statedOn", x.summary
    from (
      select distinct on (pos.party_id, pos.topic_id) pos.party_id, pos.topic_id, pos.stated_on, pos.summary, pos.kind
      from positions pos
      where ${isPublicPositionSql("pos")} and pos.process_id = ${processId} and pos.stated_on <= ${day}::date
      order by pos.party_id, pos.topic_id, pos.stated_on desc, pos.updated_at desc
    ) x
    join parties pa on pa.id = x.party_id
    join topics t on t.id = x.topic_id
    where x.kind = 'red_line'
    order by pa.name, t.name`);
  return result.rows;
}

export type PartyProcess = { slug: string; name: string; role: ProcessPartyRole | null };

/**
 * The public processes a party takes part in — listed among its parties, or
 * holding its public statements or events — with the part it plays there
 * (null when it is not listed): a mediator like Turkey appears in several.
 */
export async function listProcessesOfParty(db: Database, partyId: string): Promise<PartyProcess[]> {
  const result = await db.execute<PartyProcess>(sql`
    select pr.slug, pr.name,
           (select pp.role from process_parties pp where pp.process_id = pr.id and pp.party_id = ${partyId}) as role
    from processes pr
    where ${isPublicSql("pr")} and (
      exists (select 1 from process_parties pp where pp.process_id = pr.id and pp.party_id = ${partyId})
      or exists (select 1 from positions pos where pos.process_id = pr.id and pos.party_id = ${partyId}
        and ${isPublicPositionSql("pos")})
      or exists (select 1 from event_participants ep join events e on e.id = ep.event_id
        where e.process_id = pr.id and ep.party_id = ${partyId} and ${isPublicEventSql("e")}))
    order by pr.started_on nulls last, pr.name`);
  return result.rows;
}
