import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events, parties, people, revisions as revisionsTable, sources, topics, users } from "@/db/schema";
import type { RevisionEntity } from "@/lib/domain";
import { type NameIndex, referencedIds } from "@/lib/history/revision-display";

/** Every saved version of one row, newest first. */
export function listRevisions(db: Database, entity: RevisionEntity, entityId: string) {
  return db
    .select()
    .from(revisionsTable)
    .where(and(eq(revisionsTable.entity, entity), eq(revisionsTable.entityId, entityId)))
    .orderBy(desc(revisionsTable.version));
}

/**
 * A row's revisions with the names a history page shows instead of ids: of the
 * rows its snapshots point at (drafts and deleted ones too: editors see all)
 * and of the editors who saved them.
 */
export async function loadHistory(db: Database, entity: RevisionEntity, id: string) {
  const revisions = await listRevisions(db, entity, id);
  const ids = referencedIds(revisions.map((r) => r.snapshot));
  const userIds = [...new Set(revisions.map((r) => r.userId).filter((u): u is string => u !== null))];
  const lookups = ids.length
    ? await Promise.all([
        db.select({ id: parties.id, name: parties.name }).from(parties).where(inArray(parties.id, ids)),
        db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids)),
        db.select({ id: topics.id, name: topics.name }).from(topics).where(inArray(topics.id, ids)),
        db.select({ id: events.id, name: events.title }).from(events).where(inArray(events.id, ids)),
        db.select({ id: sources.id, name: sources.title }).from(sources).where(inArray(sources.id, ids)),
      ])
    : [];
  const editors = userIds.length
    ? await db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(inArray(users.id, userIds))
    : [];
  const names: NameIndex = Object.fromEntries(lookups.flat().map((row) => [row.id, row.name]));
  const editorNames: NameIndex = Object.fromEntries(
    editors.map((u) => [u.id, u.name && u.name !== u.email ? `${u.name} (${u.email})` : u.email]),
  );
  return { revisions, names, editorNames };
}

export type History = Awaited<ReturnType<typeof loadHistory>>;
