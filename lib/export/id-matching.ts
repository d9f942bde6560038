import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

type Tx = Pick<Database, "execute">;

/** The natural key of each table whose rows a target database may already hold under another id. */
const naturalKeys: Record<string, string> = {
  parties: "slug",
  people: "slug",
  topics: "slug",
  sources: "url",
  processes: "slug",
  events: "slug",
};

/** Which table a bundle's link column points at. */
const links: Record<string, string> = {
  partyId: "parties",
  personId: "people",
  topicId: "topics",
  sourceId: "sources",
  processId: "processes",
  eventId: "events",
  positionId: "positions",
};

/**
 * Matches a bundle's rows to rows the target database already holds under
 * another id — Turkey, a mediator in two processes, exported with one of them
 * into a database that has Turkey already — by slug (a source by URL), and
 * rewrites the links of later rows to the matched ids. Into an empty database
 * nothing matches and every id is kept, so a round trip stays byte-identical.
 */
export function idMatcher() {
  const moved = new Map<string, Map<string, string>>();
  return async function resolve(tx: Tx, table: string, row: Record<string, unknown>) {
    const out = { ...row };
    for (const [key, target] of Object.entries(links)) {
      const id = out[key];
      if (typeof id === "string") out[key] = moved.get(target)?.get(id) ?? id;
    }
    const natural = naturalKeys[table];
    const value = natural ? out[natural] : undefined;
    if (natural && typeof value === "string" && typeof out.id === "string") {
      const found = await tx.execute<{ id: string }>(
        sql`select id::text as id from ${sql.identifier(table)} where ${sql.identifier(natural)} = ${value}`,
      );
      const existing = found.rows[0]?.id;
      if (existing && existing !== out.id) {
        if (!moved.has(table)) moved.set(table, new Map());
        moved.get(table)?.set(out.id, existing);
        out.id = existing;
      }
    }
    return out;
  };
}
