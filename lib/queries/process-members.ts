import "server-only";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db";
import { processes } from "@/db/schema";
import { processScope } from "@/lib/export/process-scope";
import { isPublic, publicEventText, publicPositionText } from "./visibility";

/**
 * `process=<slug>` on a reference list (parties, people, topics, sources): the
 * rows that process's public events and positions, or the process itself, point
 * at — the same rows a bundle of that process carries. Undefined without a
 * slug; a slug readers cannot see keeps nothing, as on the events list.
 */
export async function memberOfProcess(
  db: Database,
  slug: string | undefined,
  kind: "parties" | "people" | "topics" | "sources",
  id: AnyPgColumn,
): Promise<SQL | undefined> {
  if (!slug) return undefined;
  const [process] = await db
    .select({ id: processes.id })
    .from(processes)
    .where(and(eq(processes.slug, slug), isPublic(processes)))
    .limit(1);
  if (!process) return sql`false`;
  // The id comes from the database and processScope checks it is a uuid before it goes into the SQL text.
  const scope = processScope(process.id, publicEventText("events"), publicPositionText("positions"));
  return sql`${id} in ${sql.raw(scope.members[kind])}`;
}
