import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events, revisions } from "@/db/schema";
import type { RevisionEntity } from "@/lib/domain";
import type { EventFilters } from "@/lib/validation/events-query";
import { eventFilterWhere } from "./events";

export type CorrectionView = {
  revisionId: number;
  eventId: string;
  slug: string;
  title: string;
  note: string | null;
  createdAt: Date;
};

/**
 * Revisions an editor marked as corrections, of published events matching the
 * filters, newest first: readers who saw the first version learn it changed.
 */
export async function listRecentCorrections(
  db: Database,
  filters: EventFilters,
  limit: number,
): Promise<CorrectionView[]> {
  return db
    .select({
      revisionId: revisions.id,
      eventId: events.id,
      slug: events.slug,
      title: events.title,
      note: revisions.note,
      createdAt: revisions.createdAt,
    })
    .from(revisions)
    .innerJoin(events, eq(events.id, revisions.entityId))
    .where(and(eq(revisions.entity, "event"), eq(revisions.isCorrection, true), eventFilterWhere(filters)))
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .limit(limit);
}

/** The corrections an editor marked on one row, oldest first: date and note only, never who. */
export async function listCorrections(db: Database, entity: RevisionEntity, entityId: string) {
  return db
    .select({ createdAt: revisions.createdAt, note: revisions.note })
    .from(revisions)
    .where(
      and(eq(revisions.entity, entity), eq(revisions.entityId, entityId), eq(revisions.isCorrection, true)),
    )
    .orderBy(asc(revisions.createdAt));
}
