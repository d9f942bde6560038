import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * The one rule for what readers see, used by every public query, page, feed,
 * export, embed and search:
 *
 * - a row is public when it is published and not deleted;
 * - a position is public only under a public party and a public topic (its
 *   lane and its row); a link from a public row to a person, event or source
 *   that is not public is left out, never named;
 * - an event or a position is public only while its process is public: a
 *   draft or deleted process hides everything that belongs to it;
 * - a source is public only while a public event or position cites it.
 *
 * The e2e spec e2e/visibility.spec.ts requests every
 * public route with drafts and deleted rows carrying marker strings and fails
 * if any marker appears.
 */
export function isPublic(table: {
  publication: AnyPgColumn;
  deletedAt: AnyPgColumn;
  processId?: AnyPgColumn;
}): SQL {
  const row = and(eq(table.publication, "published"), isNull(table.deletedAt)) as SQL;
  // Events and positions (the tables with a process) also need their process public.
  if (!table.processId) return row;
  return and(
    row,
    sql`exists (select 1 from processes vis_pr where vis_pr.id = ${table.processId} and ${sql.raw(publicRowText("vis_pr"))})`,
  ) as SQL;
}

/**
 * Editors' reads: every row not deleted, drafts included. Deliberately not the
 * public rule: use it only where the reader is a signed-in editor (editor
 * lists, pickers, the importer) or for a write that must see drafts.
 */
export function isNotDeleted(table: { deletedAt: AnyPgColumn }): SQL {
  return isNull(table.deletedAt);
}

/** The public rule for a row already loaded, for an editor screen saying whether readers see it. */
export function isPublicRow(row: { publication: string; deletedAt: Date | string | null }): boolean {
  return row.publication === "published" && !row.deletedAt;
}

const aliasPattern = /^[a-z_][a-z0-9_]*$/;

function checked(alias: string): string {
  if (!aliasPattern.test(alias)) throw new Error(`not a table alias: ${alias}`);
  return alias;
}

/** The rule as SQL text for a table aliased `alias` (a fixed identifier, never user text). */
export function publicRowText(alias: string): string {
  const a = checked(alias);
  return `(${a}.publication = 'published' and ${a}.deleted_at is null)`;
}

/** The process of a row aliased `alias` (an event or a position) is public. */
function inPublicProcessText(alias: string): string {
  const a = checked(alias);
  return `exists (select 1 from processes vis_pr where vis_pr.id = ${a}.process_id and ${publicRowText("vis_pr")})`;
}

/** An event: public itself and in a public process. */
export function publicEventText(alias: string): string {
  const a = checked(alias);
  return `(${publicRowText(a)} and ${inPublicProcessText(a)})`;
}

/** A position with its process, party and topic public too. */
export function publicPositionText(alias: string): string {
  const a = checked(alias);
  return `(${publicRowText(a)} and ${inPublicProcessText(a)}
    and exists (select 1 from parties vis_pa where vis_pa.id = ${a}.party_id and ${publicRowText("vis_pa")})
    and exists (select 1 from topics vis_t where vis_t.id = ${a}.topic_id and ${publicRowText("vis_t")}))`;
}

/** A source is public while a public event or position cites it. */
export function publicSourceText(alias: string): string {
  const a = checked(alias);
  return `(${publicRowText(a)} and (
    exists (select 1 from event_sources vis_es join events vis_e on vis_e.id = vis_es.event_id
      where vis_es.source_id = ${a}.id and ${publicEventText("vis_e")})
    or exists (select 1 from position_sources vis_ps join positions vis_p on vis_p.id = vis_ps.position_id
      where vis_ps.source_id = ${a}.id and ${publicPositionText("vis_p")})))`;
}

export const isPublicSql = (alias: string): SQL => sql.raw(publicRowText(alias));
export const isPublicEventSql = (alias: string): SQL => sql.raw(publicEventText(alias));
export const isPublicPositionSql = (alias: string): SQL => sql.raw(publicPositionText(alias));
export const isPublicSourceSql = (alias: string): SQL => sql.raw(publicSourceText(alias));
