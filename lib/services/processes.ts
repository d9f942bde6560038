/** Peace processes: written through the one versioned save, with their parties and sources as links. */
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Process, processes, processParties, processSources } from "@/db/schema";
import type { ProcessPartyRole } from "@/lib/domain";
import { notFound } from "@/lib/result";
import type { ProcessInput } from "@/lib/validation/processes";
import { retryOnUniqueViolation } from "./pg-errors";
import { type RevisionMeta, type Tx, writeRevision } from "./revisions";
import { allocateSlug } from "./slugs";
import { uniqueBy } from "./unique-by";
import { restoreVersion, type SaveResult, saveVersion, setDeleted, type VersionedKind } from "./versioned";

/** A process with its links: what a revision stores and what the form edits. */
export type ProcessSnapshot = Process & {
  parties: { partyId: string; role: ProcessPartyRole }[];
  sources: { sourceId: string; excerpt: string | null }[];
};

function rowValues(input: ProcessInput) {
  return {
    name: input.name,
    aliases: input.aliases,
    summary: input.summary,
    conflict: input.conflict ?? null,
    startedOn: input.startedOn,
    status: input.status,
    publication: input.publication,
  };
}

async function replaceLinks(tx: Tx, processId: string, input: Pick<ProcessInput, "parties" | "sources">) {
  await tx.delete(processParties).where(eq(processParties.processId, processId));
  await tx.delete(processSources).where(eq(processSources.processId, processId));
  // One role per party in a process: the first one the form sent wins.
  const members = uniqueBy(input.parties, (p) => p.partyId);
  const cited = uniqueBy(input.sources, (s) => s.sourceId);
  if (members.length) await tx.insert(processParties).values(members.map((p) => ({ ...p, processId })));
  if (cited.length)
    await tx
      .insert(processSources)
      .values(cited.map((s) => ({ processId, sourceId: s.sourceId, excerpt: s.excerpt ?? null })));
}

/** The process with its links, including drafts and deleted rows (editors see everything). */
export async function getProcessSnapshot(db: Database | Tx, id: string): Promise<ProcessSnapshot | null> {
  const [row] = await db.select().from(processes).where(eq(processes.id, id));
  if (!row) return null;
  const members = await db
    .select({ partyId: processParties.partyId, role: processParties.role })
    .from(processParties)
    .where(eq(processParties.processId, id))
    .orderBy(asc(processParties.partyId));
  const cited = await db
    .select({ sourceId: processSources.sourceId, excerpt: processSources.excerpt })
    .from(processSources)
    .where(eq(processSources.processId, id))
    .orderBy(asc(processSources.sourceId));
  return { ...row, parties: members, sources: cited };
}

export function processSnapshotToInput(s: ProcessSnapshot): ProcessInput {
  return {
    name: s.name,
    aliases: s.aliases,
    summary: s.summary,
    conflict: s.conflict,
    startedOn: s.startedOn,
    status: s.status,
    publication: s.publication,
    parties: s.parties,
    sources: s.sources,
    note: null,
    isCorrection: false,
  };
}

export const processKind: VersionedKind<ProcessSnapshot, ProcessInput> = {
  entity: "process",
  load: getProcessSnapshot,
  toInput: processSnapshotToInput,
  async write(tx, id, baseVersion, input, set) {
    const [row] = await tx
      .update(processes)
      .set({ ...rowValues(input), ...set })
      .where(and(eq(processes.id, id), eq(processes.version, baseVersion)))
      .returning({ id: processes.id });
    if (row) await replaceLinks(tx, id, input);
    return row !== undefined;
  },
};

/** One transaction: the process, its links and revision 1. The slug comes from the name once. */
export function createProcess(
  db: Database,
  input: ProcessInput,
  meta: RevisionMeta,
): Promise<ProcessSnapshot> {
  return retryOnUniqueViolation(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(processes)
        .values({
          ...rowValues(input),
          slug: await allocateSlug(tx, processes, input.name, "process"),
          createdBy: meta.userId,
          updatedBy: meta.userId,
        })
        .returning({ id: processes.id });
      if (!row) throw new Error("insert returned no row");
      await replaceLinks(tx, row.id, input);
      const snapshot = await getProcessSnapshot(tx, row.id);
      if (!snapshot) throw new Error("created process vanished");
      await writeRevision(tx, "process", row.id, snapshot.version, snapshot, meta);
      return snapshot;
    }),
  );
}

export const updateProcess = (
  db: Database,
  id: string,
  baseVersion: number,
  input: ProcessInput,
  meta: RevisionMeta,
): Promise<SaveResult<ProcessSnapshot>> => saveVersion(db, processKind, id, baseVersion, input, meta);

export const setProcessDeleted = (
  db: Database,
  id: string,
  baseVersion: number,
  deleted: boolean,
  meta: RevisionMeta,
) => setDeleted(db, processKind, id, baseVersion, deleted, meta);

export const restoreProcessRevision = (
  db: Database,
  id: string,
  version: number,
  baseVersion: number,
  meta: RevisionMeta,
) => restoreVersion(db, processKind, id, version, baseVersion, meta);

/** One-click publish: the process as it is now becomes public, as a new version (already public: unchanged). */
export async function publishProcess(
  db: Database,
  id: string,
  meta: RevisionMeta,
): Promise<SaveResult<ProcessSnapshot>> {
  const current = await getProcessSnapshot(db, id);
  if (!current || current.deletedAt) return notFound();
  if (current.publication === "published") return { ok: true, value: current };
  const input = { ...processSnapshotToInput(current), publication: "published" as const };
  return saveVersion(db, processKind, id, current.version, input, {
    ...meta,
    note: meta.note ?? "published",
  });
}
