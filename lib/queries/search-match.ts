import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { likePattern } from "./text-search";
import { textArray, uuidArray } from "./timeline-buckets";
import { isPublicPositionSql, isPublicSql } from "./visibility";

/** An event's or a statement's folded title, summary, place and quote: a stored column (migration 0010). */
const searchDocument = (alias: "e" | "ps" | "pos") => sql.raw(`${alias}.search_document`);

/**
 * The document contains one of the terms, as one LIKE per term joined by OR: the trigram index
 * answers each LIKE (a BitmapOr), where `like any(array)` would read every row.
 */
function containsAny(folded: SQL, terms: string[]): SQL {
  return sql`(${sql.join(
    terms.map((term) => sql`${folded} like public.parley_fold(${likePattern(term)})`),
    sql` or `,
  )})`;
}

/** Folded text containing any of the terms, for the small tables (people, parties, topics). */
function nameContainsAny(column: SQL, terms: string[]): SQL {
  const patterns = terms.map(likePattern);
  return sql`public.parley_fold(${column}) like any(array(select public.parley_fold(p) from unnest(${textArray(patterns)}) p))`;
}

/**
 * An event (alias `e`) the search finds: its own text, a typo in its title (`<%`, word similarity
 * ≥ 0.6, on the title index), a public person at it, or a public statement made at it. Text only:
 * a party's participation is a filter the reader chooses (the suggestion), not a search hit.
 */
export function eventMatchesSearch(terms: string[], typed: string): SQL {
  // A misspelt word of four letters or more still finds a title.
  const typo =
    typed.trim().length >= 4 ? sql`or public.parley_fold(${typed}) <% public.parley_fold(e.title)` : sql``;
  // The matching ids are one set, found through the indexes (inner `e` shadows the outer) and joined
  // to the window: as a filter on each row in the window the planner folded every title in it.
  // Linked rows are looked up once, as a list of ids, so the whole condition stays index-answerable.
  return sql`e.id in (select e.id from events e where ${containsAny(searchDocument("e"), terms)} ${typo}
    or e.id = any(array(
      select epp.event_id from event_people epp join people pe on pe.id = epp.person_id
      where ${isPublicSql("pe")} and (${nameContainsAny(sql`pe.name`, terms)}
        or exists (select 1 from unnest(pe.aliases) alias where ${nameContainsAny(sql`alias`, terms)}))
      union all
      select ps.event_id from positions ps
      where ps.event_id is not null and ${isPublicPositionSql("ps")} and ${containsAny(searchDocument("ps"), terms)})))`;
}

/** Ids of the parties and topics whose names contain one of the terms (statements by or about them match). */
async function namedPartiesAndTopics(db: Database, terms: string[]) {
  const rows = await db.execute<{ kind: "party" | "topic"; id: string }>(sql`
    select 'party' as kind, id from parties t where ${nameContainsAny(sql`t.name`, terms)}
    union all select 'topic', id from topics t where ${nameContainsAny(sql`t.name`, terms)}`);
  const ids = (kind: "party" | "topic") => rows.rows.filter((r) => r.kind === kind).map((r) => r.id);
  return { parties: ids("party"), topics: ids("topic") };
}

/**
 * A statement (alias `pos`, its public party `pa` and topic `tp` joined) the search finds: its own
 * text, or its party's or topic's name. The named parties and topics are read first and passed as
 * constants: as a subquery the planner could not tell how many rows it keeps, guessed half the
 * table and read every statement in the window (340 ms at 10,000) instead of the text index.
 */
export async function positionMatchesSearch(db: Database, terms: string[]): Promise<SQL> {
  const named = await namedPartiesAndTopics(db, terms);
  const arms = [containsAny(searchDocument("pos"), terms)];
  if (named.parties.length) arms.push(sql`pos.party_id = any(${uuidArray(named.parties)})`);
  if (named.topics.length) arms.push(sql`pos.topic_id = any(${uuidArray(named.topics)})`);
  return sql`(${sql.join(arms, sql` or `)})`;
}
