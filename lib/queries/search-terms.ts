import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { isPublicSql } from "./visibility";

/** Escapes LIKE wildcards so a reader's "%" or "_" is matched literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The reader's query plus the names and aliases of every party, person or topic
 * it names, so "Kiev" also finds "Kyiv" and "Zelensky" finds "Zelenskyy". Public rows
 * only: a draft's alias must not become a way to probe for unpublished names.
 */
export async function expandSearchTerms(db: Database, q: string): Promise<string[]> {
  const needle = q.trim().toLowerCase();
  const result = await db.execute<{ name: string; aliases: string[] }>(sql`
    select name, aliases from (
      select name, aliases from parties t where ${isPublicSql("t")}
      union all select name, aliases from people t where ${isPublicSql("t")}
      union all select name, aliases from topics t where ${isPublicSql("t")}
    ) named
    where lower(name) = ${needle}
       or exists (select 1 from unnest(aliases) alias where lower(alias) = ${needle})
  `);
  const terms = new Set([q.trim()]);
  for (const row of result.rows) {
    terms.add(row.name);
    for (const alias of row.aliases) terms.add(alias);
  }
  return [...terms].filter((t) => t.length > 0).slice(0, 20);
}
