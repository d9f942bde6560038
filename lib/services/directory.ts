/** Parties, people and topics: the directory that events and positions point into. */
import "server-only";
import type { Database } from "@/db/client";
import { type Party, type Person, parties, people, type Topic, topics } from "@/db/schema";
import type { DirectoryKind } from "@/lib/domain";
import { notFound, ok } from "@/lib/result";
import type { PartyInput, PersonInput, TopicInput } from "@/lib/validation/directory";
import { retryOnUniqueViolation } from "./pg-errors";
import { plainKind } from "./plain-kind";
import { type RevisionMeta, writeRevision } from "./revisions";
import { allocateSlug } from "./slugs";
import { restoreVersion, type SaveResult, saveVersion, setDeleted, type VersionedKind } from "./versioned";

const revisionInputFields = { note: null, isCorrection: false } as const;

export const partyKind = plainKind<typeof parties, PartyInput>(
  "party",
  parties,
  ({ note: _n, isCorrection: _c, ...row }) => row,
  (p) => ({
    name: p.name,
    shortName: p.shortName,
    kind: p.kind,
    color: p.color,
    aliases: p.aliases,
    description: p.description,
    publication: p.publication,
    ...revisionInputFields,
  }),
);

export const personKind = plainKind<typeof people, PersonInput>(
  "person",
  people,
  ({ note: _n, isCorrection: _c, ...row }) => row,
  (p) => ({
    name: p.name,
    title: p.title,
    partyId: p.partyId,
    aliases: p.aliases,
    publication: p.publication,
    ...revisionInputFields,
  }),
);

export const topicKind = plainKind<typeof topics, TopicInput>(
  "topic",
  topics,
  ({ note: _n, isCorrection: _c, ...row }) => row,
  (t) => ({
    name: t.name,
    description: t.description,
    aliases: t.aliases,
    publication: t.publication,
    ...revisionInputFields,
  }),
);

export type EntrySnapshot = Party | Person | Topic;
type AnyKind = VersionedKind<EntrySnapshot, PartyInput | PersonInput | TopicInput>;
/** The kinds by name; each pairs its schema's input with its table, which the payload union guarantees. */
export const directoryKindOf = {
  party: partyKind,
  person: personKind,
  topic: topicKind,
} as unknown as Record<DirectoryKind, AnyKind>;
const directoryTables = { party: parties, person: people, topic: topics } as const;

export type EntryCreate =
  | { kind: "party"; data: PartyInput }
  | { kind: "person"; data: PersonInput }
  | { kind: "topic"; data: TopicInput };

/**
 * One transaction: the row and its first revision. The slug comes from the
 * name once, at creation, and never changes, so links to /parties/… stay good.
 */
export function createEntry(db: Database, payload: EntryCreate, meta: RevisionMeta): Promise<EntrySnapshot> {
  return retryOnUniqueViolation(() => insertEntry(db, payload, meta));
}

async function insertEntry(db: Database, payload: EntryCreate, meta: RevisionMeta) {
  const kind = directoryKindOf[payload.kind];
  return db.transaction(async (tx) => {
    const table = directoryTables[payload.kind];
    const { note: _n, isCorrection: _c, ...values } = payload.data;
    const [row] = await tx
      .insert(table as typeof parties)
      .values({
        ...(values as PartyInput),
        slug: await allocateSlug(tx, table, payload.data.name, payload.kind),
        createdBy: meta.userId,
        updatedBy: meta.userId,
      })
      .returning({ id: table.id });
    if (!row) throw new Error("insert returned no row");
    const snapshot = await kind.load(tx, row.id);
    if (!snapshot) throw new Error(`created ${payload.kind} vanished`);
    await writeRevision(tx, kind.entity, row.id, snapshot.version, snapshot, meta);
    return snapshot;
  });
}

export function updateEntry(
  db: Database,
  payload: EntryCreate,
  id: string,
  baseVersion: number,
  meta: RevisionMeta,
): Promise<SaveResult<EntrySnapshot>> {
  return saveVersion(db, directoryKindOf[payload.kind], id, baseVersion, payload.data, meta);
}

export const setEntryDeleted = (
  db: Database,
  kind: DirectoryKind,
  id: string,
  baseVersion: number,
  deleted: boolean,
  meta: RevisionMeta,
) => setDeleted(db, directoryKindOf[kind], id, baseVersion, deleted, meta);

export const restoreEntryRevision = (
  db: Database,
  kind: DirectoryKind,
  id: string,
  version: number,
  baseVersion: number,
  meta: RevisionMeta,
) => restoreVersion(db, directoryKindOf[kind], id, version, baseVersion, meta);

export const getEntry = (db: Database, kind: DirectoryKind, id: string) => directoryKindOf[kind].load(db, id);

/**
 * One-click publish from a form's draft notice: publishes the row as it is now,
 * as a new version. Already published is a no-op; a deleted row is not found.
 */
export async function publishEntry(
  db: Database,
  kind: DirectoryKind,
  id: string,
  meta: RevisionMeta,
): Promise<SaveResult<EntrySnapshot>> {
  const directoryKind = directoryKindOf[kind];
  const current = await directoryKind.load(db, id);
  if (!current || current.deletedAt) return notFound();
  if (current.publication === "published") return ok(current);
  const input = { ...directoryKind.toInput(current), publication: "published" as const };
  return saveVersion(db, directoryKind, id, current.version, input, {
    ...meta,
    note: meta.note ?? "published",
  });
}
