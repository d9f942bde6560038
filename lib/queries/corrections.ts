import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type RevisionEntity, revisions } from "@/db/schema";

/** The corrections an editor marked on a row, oldest first: date and note only, never who. */
export async function listCorrections(db: Database, entity: RevisionEntity, entityId: string) {
  return db
    .select({ createdAt: revisions.createdAt, note: revisions.note })
    .from(revisions)
    .where(
      and(eq(revisions.entity, entity), eq(revisions.entityId, entityId), eq(revisions.isCorrection, true)),
    )
    .orderBy(asc(revisions.createdAt));
}
