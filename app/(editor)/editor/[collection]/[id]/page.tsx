import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { DeleteControls } from "@/components/editor/delete-controls";
import { DirectoryForm } from "@/components/forms/directory-form";
import { getDb } from "@/lib/db";
import { entryNoun, kindFromPath, kindPath } from "@/lib/directory-paths";
import { directoryFormValues } from "@/lib/form-values";
import { partyPickerOptions } from "@/lib/queries/picker-options";
import { isPublicRow } from "@/lib/queries/visibility";
import { getEntry } from "@/lib/services/directory";
import { deleteEntryAction, undeleteEntryAction } from "../../directory/actions";
import { entryActions } from "../../form-actions";

export const metadata: Metadata = { title: "Edit entry" };

/** Where readers see this row, once it is published. */
const publicPath = { party: "parties", person: null, topic: "topics" } as const;

export default async function EditDirectoryEntryPage({
  params,
}: {
  params: Promise<{ collection: string; id: string }>;
}) {
  await connection();
  const { collection, id } = await params;
  const kind = kindFromPath(collection);
  if (!kind || !z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [row, parties] = await Promise.all([
    getEntry(db, kind, id),
    kind === "person" ? partyPickerOptions(db) : [],
  ]);
  if (!row) notFound();
  const readerPath = publicPath[kind];
  const live = isPublicRow(row);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-2xl font-bold">
          Edit {entryNoun[kind]}: {row.name}
        </h1>
        <span className="text-sm">
          Version {row.version} · {row.deletedAt ? "deleted" : row.publication} ·{" "}
          <Link href={`/editor/${kindPath[kind]}/${id}/history`}>History</Link>
          {live && readerPath && "slug" in row && (
            <>
              {" · "}
              <Link href={`/${readerPath}/${row.slug}`}>Public page</Link>
            </>
          )}
        </span>
      </div>
      <DirectoryForm
        kind={kind}
        parties={parties}
        existing={{ id, version: row.version, values: directoryFormValues(row) }}
        actions={entryActions}
      />
      <DeleteControls
        id={id}
        version={row.version}
        deleted={row.deletedAt !== null}
        noun={entryNoun[kind]}
        kind={kind}
        remove={deleteEntryAction}
        undelete={undeleteEntryAction}
      />
    </div>
  );
}
