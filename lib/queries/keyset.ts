import { asc, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * Keyset paging, the one way lists page: rows ordered by a unique key (a sort
 * column with the id as tie-breaker), the next page starting after the last
 * key served. Unlike OFFSET, pages never overlap or skip when rows are added.
 * The API carries the key as an opaque cursor (lib/api/cursor.ts).
 */
type KeyPart = { column: AnyPgColumn; cast: "date" | "uuid" | "text" };

export function keysetAfter(parts: readonly KeyPart[]) {
  const columns = sql.join(
    parts.map((p) => sql`${p.column}`),
    sql`, `,
  );
  return {
    orderBy: parts.map((p) => asc(p.column)),
    /** Rows after the cursor's key in that order; nothing to add for the first page. */
    after(cursor: readonly string[] | undefined): SQL | undefined {
      if (!cursor) return undefined;
      if (cursor.length !== parts.length) throw new Error("cursor does not match the key");
      const values = sql.join(
        parts.map((p, i) => sql`${cursor[i]}::${sql.raw(p.cast)}`),
        sql`, `,
      );
      return sql`(${columns}) > (${values})`;
    },
  };
}

/** The first `limit` of `limit + 1` fetched rows, and the key of the last when more follow. */
export function keysetPage<T>(
  rows: T[],
  limit: number,
  key: (row: T) => readonly string[],
): { data: T[]; nextCursor: readonly string[] | null } {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? key(last) : null };
}
