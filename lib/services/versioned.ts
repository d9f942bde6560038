import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { revisions } from "@/db/schema";
import type { RevisionEntity } from "@/lib/domain";
import { conflict, notFound, ok, type Result } from "@/lib/result";
import { type RevisionMeta, type Tx, writeRevision } from "./revisions";

/** Fields a save may set besides the form's: the soft-delete mark. */
export type SaveExtra = { deletedAt?: Date | null };

/** What a save returns: the saved snapshot, or a 409 carrying the snapshot as it is now, or a 404. */
export type SaveResult<S> = Result<S, S>;

/** What every versioned snapshot carries. */
type Versioned = { version: number; deletedAt: Date | null };

/**
 * How one kind of row is read and written. `write` performs the single
 * UPDATE … WHERE id = $id AND version = $base (plus any links) and says whether
 * it matched; everything else about saving is shared below.
 */
export type VersionedKind<S extends Versioned, I> = {
  entity: RevisionEntity;
  load: (db: Database | Tx, id: string) => Promise<S | null>;
  toInput: (snapshot: S) => I;
  write: (tx: Tx, id: string, baseVersion: number, input: I, set: RowMeta) => Promise<boolean>;
};

/** Columns every versioned UPDATE sets, computed once here. */
export type RowMeta = SaveExtra & { version: number; updatedBy: string; updatedAt: Date };

/**
 * Saves `input` over the version the editor started from: the row, its links
 * and a revision in one transaction. The version check and the bump are one
 * UPDATE, so of two concurrent saves on the same version exactly one matches;
 * the other gets a conflict carrying the row as it is now.
 */
export async function saveVersion<S extends Versioned, I>(
  db: Database,
  kind: VersionedKind<S, I>,
  id: string,
  baseVersion: number,
  input: I,
  meta: RevisionMeta,
  extra: SaveExtra = {},
): Promise<SaveResult<S>> {
  const saved = await db.transaction(async (tx) => {
    const set = { ...extra, version: baseVersion + 1, updatedBy: meta.userId, updatedAt: new Date() };
    if (!(await kind.write(tx, id, baseVersion, input, set))) return null;
    const snapshot = await kind.load(tx, id);
    if (!snapshot) throw new Error(`saved ${kind.entity} vanished`);
    await writeRevision(tx, kind.entity, id, snapshot.version, snapshot, meta);
    return snapshot;
  });
  if (saved) return ok(saved);
  const current = await kind.load(db, id);
  return current ? conflict(current) : notFound();
}

/** Soft delete (or, with `deleted: false`, the admin's undelete): the row and its history stay. */
export async function setDeleted<S extends Versioned, I>(
  db: Database,
  kind: VersionedKind<S, I>,
  id: string,
  baseVersion: number,
  deleted: boolean,
  meta: RevisionMeta,
): Promise<SaveResult<S>> {
  const current = await kind.load(db, id);
  if (!current) return notFound();
  return saveVersion(
    db,
    kind,
    id,
    baseVersion,
    kind.toInput(current),
    { ...meta, note: meta.note ?? (deleted ? "deleted" : "undeleted") },
    { deletedAt: deleted ? new Date() : null },
  );
}

/** The stored snapshot of one version, or null. */
export async function revisionSnapshot<S>(
  db: Database,
  entity: RevisionEntity,
  id: string,
  version: number,
): Promise<S | null> {
  const [revision] = await db
    .select({ snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.entity, entity), eq(revisions.entityId, id), eq(revisions.version, version)));
  // Snapshots are written only through saveVersion/writeRevision, in the kind's snapshot shape.
  return revision ? (revision.snapshot as S) : null;
}

/** Restoring an old version saves its content as a new version; history only grows. */
export async function restoreVersion<S extends Versioned, I>(
  db: Database,
  kind: VersionedKind<S, I>,
  id: string,
  version: number,
  baseVersion: number,
  meta: RevisionMeta,
): Promise<SaveResult<S>> {
  const old = await revisionSnapshot<S>(db, kind.entity, id, version);
  if (!old) return notFound("No such version");
  return saveVersion(db, kind, id, baseVersion, kind.toInput(old), {
    ...meta,
    note: meta.note ?? `restored version ${version}`,
  });
}
