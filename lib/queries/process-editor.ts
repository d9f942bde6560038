import "server-only";
import { asc, desc, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { processes } from "@/db/schema";
import type { PickerOption } from "@/lib/picker-option";
import { likePattern, textMatches } from "./text-search";
import { isNotDeleted } from "./visibility";

/** Every process, drafts and deleted ones included (editors see all); `q` searches name, conflict, aliases. */
export async function listProcessesForEditors(db: Database, q?: string) {
  const text = q?.trim();
  return db
    .select({
      id: processes.id,
      slug: processes.slug,
      name: processes.name,
      status: processes.status,
      publication: processes.publication,
      version: processes.version,
      deletedAt: processes.deletedAt,
      events: sql<number>`(select count(*) from events e where e.process_id = ${processes.id})::int`,
    })
    .from(processes)
    .where(
      text
        ? textMatches(
            likePattern(text),
            [processes.name, processes.conflict, processes.slug],
            [processes.aliases],
          )
        : undefined,
    )
    .orderBy(desc(processes.updatedAt))
    .limit(500);
}

/** The process picker's choices: every live process, drafts marked (a record may go into a draft process). */
export async function processPickerOptions(db: Database): Promise<PickerOption[]> {
  const rows = await db
    .select({
      id: processes.id,
      name: processes.name,
      aliases: processes.aliases,
      conflict: processes.conflict,
      publication: processes.publication,
    })
    .from(processes)
    .where(isNotDeleted(processes))
    .orderBy(sql`${processes.startedOn} nulls last`, asc(processes.name));
  return rows.map((p) => ({
    value: p.id,
    label: p.name,
    aliases: p.aliases,
    hint: p.conflict,
    badge: p.publication === "draft" ? "draft" : null,
  }));
}
