import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** `%q%` for (I)LIKE with the user's own %, _ and \ taken literally: the one escape for every search. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** True when any column, or any element of any text[] alias column, contains the pattern. */
export function textMatches(pattern: string, columns: AnyPgColumn[], aliasColumns: AnyPgColumn[] = []): SQL {
  const parts = [
    ...columns.map((c) => sql`${c} ilike ${pattern}`),
    ...aliasColumns.map(
      (c) => sql`exists (select 1 from unnest(${c}) as alias where alias ilike ${pattern})`,
    ),
  ];
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** A published, live party (by its SQL alias) named or aliased like the pattern: "Kiev" finds Ukraine. */
export function partyAliasMatches(alias: string, pattern: string): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.name ilike ${pattern} or ${a}.short_name ilike ${pattern} or ${a}.slug ilike ${pattern}
    or exists (select 1 from unnest(${a}.aliases) as alias where alias ilike ${pattern}))`;
}
