import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { isPublicSql } from "./visibility";

/** A party, person or topic the reader's words name, and the spelling that named it. */
export type SearchEntity = {
  kind: "party" | "person" | "topic";
  slug: string;
  name: string;
  /** The name or alias that matched what the reader typed (accents and case aside, or by similar spelling). */
  matched: string;
};

export type SearchExpansion = {
  /** The query plus the spellings of what it names: text containing any of them matches. */
  terms: string[];
  entities: SearchEntity[];
};

/** Below this many letters a similar-spelling match is noise. */
const MIN_FUZZY_LENGTH = 4;

/**
 * The reader's query plus the names and aliases of every person or topic it
 * names — accents and case aside ("Erdoğan" = "erdogan"), or spelt nearly the
 * same ("Zelenski" ~ "Zelensky") — so transliteration variants find each
 * other. Public rows only: a draft's alias must not become a way to probe for
 * unpublished names. A party named by the query adds only its own spellings ("Kiev" adds
 * "Kyiv", not "Ukraine"): narrowing to a party's events is the reader's choice
 * of the suggestion, not a side effect of the search.
 */
export async function expandSearchTerms(db: Database, q: string): Promise<SearchExpansion> {
  const query = q.trim();
  if (!query) return { terms: [], entities: [] };
  const fuzzy = query.length >= MIN_FUZZY_LENGTH;
  const result = await db.execute<{
    kind: SearchEntity["kind"];
    slug: string;
    name: string;
    aliases: string[];
    matched: string;
  }>(sql`
    with named as (
      select 'party' as kind, slug, name, aliases from parties t where ${isPublicSql("t")}
      union all select 'person', slug, name, aliases from people t where ${isPublicSql("t")}
      union all select 'topic', slug, name, aliases from topics t where ${isPublicSql("t")}
    ), spellings as (
      select named.*, spelling, public.parley_fold(spelling) as folded
      from named, unnest(array[name] || aliases) as spelling
    ), scored as (
      select *, case when folded = public.parley_fold(${query}) then 2
                     when ${fuzzy} and public.word_similarity(public.parley_fold(${query}), folded) >= 0.6
                          and public.similarity(public.parley_fold(${query}), folded) >= 0.3 then 1
                     else 0 end as score
      from spellings
    )
    select distinct on (kind, slug) kind, slug, name, aliases, spelling as matched
    from scored where score > 0 order by kind, slug, score desc, length(spelling)
    limit 10
  `);
  const terms = new Set([query]);
  const entities: SearchEntity[] = [];
  for (const row of result.rows) {
    entities.push({ kind: row.kind, slug: row.slug, name: row.name, matched: row.matched });
    terms.add(row.matched);
    const spellings = row.kind === "party" ? row.aliases : [row.name, ...row.aliases];
    for (const spelling of spellings) {
      terms.add(spelling);
      // People are written by surname alone: "Zelensky's remarks".
      const surname = row.kind === "person" ? spelling.split(/\s+/).at(-1) : undefined;
      if (surname && surname.length >= MIN_FUZZY_LENGTH) terms.add(surname);
    }
  }
  return { terms: [...terms].filter((t) => t.length > 0).slice(0, 20), entities };
}
