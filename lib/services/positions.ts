import { uniqueBy } from "./unique-by";
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Position, people, positionSources, positions } from "@/db/schema";
import { invalid, notFound, ok, type Result } from "@/lib/result";
import type { PositionInput } from "@/lib/validation/positions";
import { defaultProcessId } from "./process-default";
import { type RevisionMeta, type Tx, writeRevision } from "./revisions";
import {
  restoreVersion,
  revisionSnapshot,
  type SaveResult,
  saveVersion,
  setDeleted,
  type VersionedKind,
} from "./versioned";

/** A position with its citations: what a revision stores and what the form edits. */
export type PositionSnapshot = Position & {
  sources: { sourceId: string; excerpt: string | null }[];
};

/** The speaker must speak for the chosen party; the form filters the list, but the client is not trusted. */
/** A speaker must speak for the position's party: a field error, like any other refusal of the input. */
const speakerNotInParty = () => invalid({ personId: ["This speaker does not speak for the chosen party"] });

function rowValues(input: PositionInput) {
  return {
    partyId: input.partyId,
    personId: input.personId ?? null,
    topicId: input.topicId,
    statedOn: input.statedOn,
    datePrecision: input.datePrecision,
    kind: input.kind,
    stance: input.stance,
    summary: input.summary,
    quote: input.quote ?? null,
    eventId: input.eventId ?? null,
    publication: input.publication,
    ...(input.processId ? { processId: input.processId } : {}),
  };
}

async function speakerFits(db: Database | Tx, input: PositionInput): Promise<boolean> {
  if (!input.personId) return true;
  const [person] = await db
    .select({ partyId: people.partyId })
    .from(people)
    .where(eq(people.id, input.personId));
  return person?.partyId === input.partyId;
}

async function replaceSources(tx: Tx, positionId: string, input: Pick<PositionInput, "sources">) {
  await tx.delete(positionSources).where(eq(positionSources.positionId, positionId));
  // Duplicates from the form would break the primary key; the first one wins.
  const cited = uniqueBy(input.sources, (s) => s.sourceId);
  if (cited.length)
    await tx
      .insert(positionSources)
      .values(cited.map((s) => ({ positionId, sourceId: s.sourceId, excerpt: s.excerpt ?? null })));
}

/** The position with its citations, including drafts and deleted rows (editors see everything). */
export async function getPositionSnapshot(db: Database | Tx, id: string): Promise<PositionSnapshot | null> {
  const [row] = await db.select().from(positions).where(eq(positions.id, id));
  if (!row) return null;
  const cited = await db
    .select({ sourceId: positionSources.sourceId, excerpt: positionSources.excerpt })
    .from(positionSources)
    .where(eq(positionSources.positionId, id));
  return { ...row, sources: cited };
}

export async function createPosition(
  db: Database,
  input: PositionInput,
  meta: RevisionMeta,
): Promise<Result<PositionSnapshot, never>> {
  return db.transaction(async (tx) => {
    if (!(await speakerFits(tx, input))) return speakerNotInParty();
    const [row] = await tx
      .insert(positions)
      .values({
        ...rowValues(input),
        processId: await defaultProcessId(tx, input.processId, input.eventId),
        createdBy: meta.userId,
        updatedBy: meta.userId,
      })
      .returning({ id: positions.id });
    if (!row) throw new Error("insert returned no row");
    await replaceSources(tx, row.id, input);
    const snapshot = await getPositionSnapshot(tx, row.id);
    if (!snapshot) throw new Error("created position vanished");
    await writeRevision(tx, "position", row.id, snapshot.version, snapshot, meta);
    return ok(snapshot);
  });
}

const positionKind: VersionedKind<PositionSnapshot, PositionInput> = {
  entity: "position",
  load: getPositionSnapshot,
  toInput: positionSnapshotToInput,
  async write(tx, id, baseVersion, input, set) {
    const [row] = await tx
      .update(positions)
      .set({ ...rowValues(input), ...set })
      .where(and(eq(positions.id, id), eq(positions.version, baseVersion)))
      .returning({ id: positions.id });
    if (row) await replaceSources(tx, id, input);
    return row !== undefined;
  },
};

/** Saves `input` over the version the editor started from; see saveVersion. */
export async function updatePosition(
  db: Database,
  id: string,
  baseVersion: number,
  input: PositionInput,
  meta: RevisionMeta,
): Promise<SaveResult<PositionSnapshot>> {
  if (!(await speakerFits(db, input))) return speakerNotInParty();
  return saveVersion(db, positionKind, id, baseVersion, input, meta);
}

/** The form values that reproduce a snapshot; used for restore, delete and the edit form. */
export function positionSnapshotToInput(s: PositionSnapshot): PositionInput {
  return {
    processId: s.processId,
    partyId: s.partyId,
    personId: s.personId,
    topicId: s.topicId,
    statedOn: s.statedOn,
    datePrecision: s.datePrecision,
    kind: s.kind,
    stance: s.stance,
    summary: s.summary,
    quote: s.quote,
    eventId: s.eventId,
    publication: s.publication,
    sources: s.sources,
    note: null,
    isCorrection: false,
  };
}

/** Soft delete: the row stays, with its history, and readers stop seeing it. */
export const deletePosition = (db: Database, id: string, baseVersion: number, meta: RevisionMeta) =>
  setDeleted(db, positionKind, id, baseVersion, true, meta);

/** Admin restore of a deleted position. */
export const undeletePosition = (db: Database, id: string, baseVersion: number, meta: RevisionMeta) =>
  setDeleted(db, positionKind, id, baseVersion, false, meta);

/**
 * Restoring an old version saves its content as a new version; history only
 * grows. The old speaker may since have moved party, so the check runs again.
 */
export async function restorePositionRevision(
  db: Database,
  id: string,
  version: number,
  baseVersion: number,
  meta: RevisionMeta,
): Promise<SaveResult<PositionSnapshot>> {
  const old = await revisionSnapshot<PositionSnapshot>(db, "position", id, version);
  if (!old) return notFound("No such version");
  // A speaker moved to another party since that version: the old content cannot be saved as is.
  if (!(await speakerFits(db, positionSnapshotToInput(old)))) return speakerNotInParty();
  return restoreVersion(db, positionKind, id, version, baseVersion, meta);
}
