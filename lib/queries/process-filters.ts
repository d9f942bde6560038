import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { isPublicPositionSql, isPublicSql } from "./visibility";

/**
 * The "of this process" narrowings that the timeline, the compare table and
 * the bucket counts share, so "taking part in a process" means one thing.
 */

/** The id of a public process by slug (null when there is none, so nothing matches). */
export const processIdSql = (slug: string) =>
  sql`(select pr.id from processes pr where pr.slug = ${slug} and ${isPublicSql("pr")})`;

/** An event `e` of the process, or one linked to it as another process it concerns. */
export function eventInProcessSql(alias: "e", slug: string): SQL {
  const id = processIdSql(slug);
  return sql`(${sql.raw(alias)}.process_id = ${id} or exists (select 1 from event_processes epr
    where epr.event_id = ${sql.raw(alias)}.id and epr.process_id = ${id}))`;
}

/** `and …` keeping parties `p` that take part in the process; nothing without one. */
export const andPartyInProcess = (process: string | undefined): SQL =>
  process
    ? sql`and exists (select 1 from process_parties pp where pp.party_id = p.id and pp.process_id = ${processIdSql(process)})`
    : sql``;

/** `and …` keeping topics `t` that public statements of the process are about; nothing without one. */
export const andTopicInProcess = (process: string | undefined): SQL =>
  process
    ? sql`and exists (select 1 from positions tpos where tpos.topic_id = t.id and ${isPublicPositionSql("tpos")}
        and tpos.process_id = ${processIdSql(process)})`
    : sql``;

/** `and …` keeping events `e` of the process; nothing without one. */
export const andEventInProcess = (process: string | undefined): SQL =>
  process ? sql`and ${eventInProcessSql("e", process)}` : sql``;
