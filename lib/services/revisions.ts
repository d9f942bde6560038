import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type RevisionEntity, revisions } from "@/db/schema";

/** A transaction handle or the database: services take either. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type RevisionMeta = { userId: string; note?: string | null; isCorrection?: boolean };

/** An edit's revision meta: who saved it, and the note and correction mark the form sent. */
export const editMeta = (user: { id: string }, data: { note?: string | null; isCorrection?: boolean }) => ({
  userId: user.id,
  note: data.note,
  isCorrection: data.isCorrection,
});

/** Stores the full snapshot of one saved version; called inside the save's transaction. */
export async function writeRevision(
  tx: Tx,
  entity: RevisionEntity,
  entityId: string,
  version: number,
  snapshot: unknown,
  meta: RevisionMeta,
): Promise<void> {
  await tx.insert(revisions).values({
    entity,
    entityId,
    version,
    snapshot,
    userId: meta.userId,
    note: meta.note ?? null,
    isCorrection: meta.isCorrection ?? false,
  });
}

export async function listRevisions(db: Database, entity: RevisionEntity, entityId: string) {
  return db
    .select()
    .from(revisions)
    .where(and(eq(revisions.entity, entity), eq(revisions.entityId, entityId)))
    .orderBy(desc(revisions.version));
}
