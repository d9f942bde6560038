import "server-only";
import { or, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { slugify } from "@/lib/slugify";
import type { Tx } from "./revisions";

/**
 * The slug a new row takes: its name's (transliterated), or the name's with
 * -2, -3… when taken; the row's kind ("party", "party-2"…) when the name has
 * nothing a URL can carry. Slugs are chosen once, at creation, and never
 * change. Two creators racing for the same slug both read it as free: the
 * unique index refuses the second insert and retryOnUniqueViolation runs the
 * transaction again, which then sees the first one's slug.
 */
export async function allocateSlug(
  tx: Tx,
  table: PgTable & { slug: AnyPgColumn },
  name: string,
  kind: string,
): Promise<string> {
  const base = slugify(name) || kind;
  // One read for the base and all its numbered forms; a slug is [a-z0-9-], so it is safe in the pattern.
  const taken = await tx
    .select({ slug: table.slug })
    .from(table)
    .where(or(sql`${table.slug} = ${base}`, sql`${table.slug} ~ ${`^${base}-[0-9]+$`}`));
  const used = new Set(taken.map((row) => row.slug as string));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
