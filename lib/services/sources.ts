import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Source, sources } from "@/db/schema";
import { invalid, notFound } from "@/lib/result";
import { outletFromUrl, type SourceInput } from "@/lib/validation/sources";
import { isUniqueViolation } from "./pg-errors";
import { plainKind } from "./plain-kind";
import { type RevisionMeta, writeRevision } from "./revisions";
import { revisionSnapshot, type SaveResult, saveVersion, setDeleted } from "./versioned";

export async function findSourceByUrl(
  db: Database,
  url: string,
): Promise<Pick<Source, "id" | "title" | "url"> | null> {
  const [row] = await db
    .select({ id: sources.id, title: sources.title, url: sources.url })
    .from(sources)
    .where(eq(sources.url, url));
  return row ?? null;
}

function rowValues(input: SourceInput) {
  return {
    url: input.url ?? null,
    title: input.title,
    outlet: input.outlet || (input.url ? outletFromUrl(input.url) : null),
    author: input.author || null,
    publishedOn: input.publishedOn || null,
    language: input.language || null,
    archivedUrl: input.archivedUrl ?? null,
  };
}

export const sourceKind = plainKind<typeof sources, SourceInput>("source", sources, rowValues, (s) => ({
  url: s.url,
  title: s.title,
  outlet: s.outlet ?? "",
  author: s.author ?? "",
  publishedOn: s.publishedOn ?? "",
  language: s.language ?? "",
  archivedUrl: s.archivedUrl,
}));

/**
 * One transaction: the source and its first revision. A URL already stored is
 * not duplicated: the existing source is returned instead (the unique index
 * settles a race between two editors pasting the same link).
 */
export async function createSource(
  db: Database,
  input: SourceInput,
  meta: RevisionMeta,
): Promise<
  { created: true; source: Source } | { created: false; existing: Pick<Source, "id" | "title" | "url"> }
> {
  const saved = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sources)
      .values({
        ...rowValues(input),
        // Sources are documents, not claims: visible once cited by a published row.
        publication: "published",
        createdBy: meta.userId,
        updatedBy: meta.userId,
      })
      .onConflictDoNothing({ target: sources.url })
      .returning();
    if (!row) return null;
    await writeRevision(tx, "source", row.id, row.version, row, meta);
    return row;
  });
  if (saved) return { created: true, source: saved };
  const existing = input.url ? await findSourceByUrl(db, input.url) : null;
  if (!existing) throw new Error("source insert conflicted but no source has that URL");
  return { created: false, existing };
}

/** Another source has this URL: a field error naming it, so the editor cites it instead. */
const duplicateUrl = (existing: Pick<Source, "title">) =>
  invalid(
    { url: [`Already stored as “${existing.title}”: cite that source instead`] },
    "Another source has this URL",
  );

/**
 * Saves a corrected source over the version the editor started from. Changing
 * the URL to one another source already has is refused with that source, so
 * the editor can cite it instead; the unique index is the final word on races.
 */
export async function updateSource(
  db: Database,
  id: string,
  baseVersion: number,
  input: SourceInput,
  meta: RevisionMeta,
): Promise<SaveResult<Source>> {
  const clash = async () => {
    const existing = input.url ? await findSourceByUrl(db, input.url) : null;
    return existing && existing.id !== id ? existing : null;
  };
  const before = await clash();
  if (before) return duplicateUrl(before);
  try {
    return await saveVersion(db, sourceKind, id, baseVersion, input, meta);
  } catch (error) {
    const raced = isUniqueViolation(error) ? await clash() : null;
    if (raced) return duplicateUrl(raced);
    throw error;
  }
}

export const setSourceDeleted = (
  db: Database,
  id: string,
  baseVersion: number,
  deleted: boolean,
  meta: RevisionMeta,
) => setDeleted(db, sourceKind, id, baseVersion, deleted, meta);

/** Restoring goes through updateSource: the old URL may since belong to another source. */
export async function restoreSourceRevision(
  db: Database,
  id: string,
  version: number,
  baseVersion: number,
  meta: RevisionMeta,
): Promise<SaveResult<Source>> {
  const old = await revisionSnapshot<Source>(db, "source", id, version);
  if (!old) return notFound("No such version");
  return updateSource(db, id, baseVersion, sourceKind.toInput(old), {
    ...meta,
    note: meta.note ?? `restored version ${version}`,
  });
}

export const getSource = (db: Database, id: string) => sourceKind.load(db, id);
