import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { DeleteControls } from "@/components/editor/delete-controls";
import { PublishButton } from "@/components/editor/publish-button";
import { ProcessForm } from "@/components/forms/process-form";
import { getDb } from "@/lib/db";
import { editing } from "@/lib/form-values";
import { isPublicRow } from "@/lib/queries/visibility";
import { getProcessSnapshot } from "@/lib/services/processes";
import { processFormValues } from "@/lib/validation/processes";
import { deleteProcessAction, publishProcessAction, undeleteProcessAction } from "../actions";
import { processFormProps } from "../options";

export const metadata: Metadata = { title: "Edit process" };

export default async function EditProcessPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [row, props] = await Promise.all([getProcessSnapshot(db, id), processFormProps(db)]);
  if (!row) notFound();
  const live = isPublicRow(row);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-2xl font-bold">Edit process: {row.name}</h1>
        <span className="text-sm">
          Version {row.version} · {row.deletedAt ? "deleted" : row.publication} ·{" "}
          <Link href={`/editor/processes/${id}/history`}>History</Link>
          {live && (
            <>
              {" · "}
              <Link href={`/processes/${row.slug}`}>Public page</Link>
            </>
          )}
        </span>
      </div>
      {row.publication === "draft" && !row.deletedAt && (
        <PublishButton id={id} noun="process" publish={publishProcessAction} />
      )}
      {/* Remounted when publishing elsewhere on the page changes the row under it, so it never saves a stale base. */}
      <ProcessForm key={row.publication} {...props} existing={{ id, ...editing(row, processFormValues) }} />
      <DeleteControls
        id={id}
        version={row.version}
        deleted={row.deletedAt !== null}
        noun="process"
        remove={deleteProcessAction}
        undelete={undeleteProcessAction}
      />
    </div>
  );
}
