import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { DeleteControls } from "@/components/editor/delete-controls";
import { SourceForm } from "@/components/forms/source-form";
import { externalRel } from "@/components/source-link";
import { getDb } from "@/lib/db";
import { sourceFormValues } from "@/lib/form-values";
import { getSource } from "@/lib/services/sources";
import { sourceActions } from "../../form-actions";
import { deleteSourceAction, undeleteSourceAction } from "../actions";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const source = await getSource(getDb(), id);
  if (!source) notFound();
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-2xl font-bold">Edit source</h1>
        <span className="text-sm">
          Version {source.version}
          {source.deletedAt && " · deleted"} · <Link href={`/editor/sources/${id}/history`}>History</Link>
          {source.url && (
            <>
              {" · "}
              <a href={source.url} target="_blank" rel={externalRel}>
                Open the document<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </>
          )}
        </span>
      </div>
      <SourceForm
        existing={{ id, version: source.version, values: sourceFormValues(source) }}
        actions={sourceActions}
      />
      <DeleteControls
        id={id}
        version={source.version}
        deleted={source.deletedAt !== null}
        noun="source"
        remove={deleteSourceAction}
        undelete={undeleteSourceAction}
      />
    </div>
  );
}
