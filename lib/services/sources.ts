import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Source, sources } from "@/db/schema";
import { outletFromUrl, type SourceInput } from "@/lib/validation/sources";
import { type RevisionMeta, writeRevision } from "./revisions";

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
        url: input.url ?? null,
        title: input.title,
        outlet: input.outlet || (input.url ? outletFromUrl(input.url) : null),
        author: input.author || null,
        publishedOn: input.publishedOn || null,
        language: input.language || null,
        archivedUrl: input.archivedUrl ?? null,
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
