import "server-only";
import type { Tx } from "@/db/client";
import { revisions } from "@/db/schema";
import type { RevisionEntity } from "@/lib/domain";

export type { Tx } from "@/db/client";

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
