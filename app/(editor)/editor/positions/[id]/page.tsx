import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { DeleteControls } from "@/components/editor/delete-controls";
import { PositionForm } from "@/components/forms/position-form";
import { getDb } from "@/lib/db";
import { positionFormValues } from "@/lib/form-values";
import { isPublicRow } from "@/lib/queries/visibility";
import { getPositionSnapshot, positionSnapshotToInput } from "@/lib/services/positions";
import { positionActions } from "../../form-actions";
import { deletePositionAction, undeletePositionAction } from "../actions";
import { positionFormOptions } from "../options";

export const metadata: Metadata = { title: "Edit position" };

export default async function EditPositionPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [position, options] = await Promise.all([getPositionSnapshot(db, id), positionFormOptions(db)]);
  if (!position) notFound();
  return (
    <div>
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="font-serif text-2xl font-bold">Edit position</h1>
        <span className="text-sm">
          Version {position.version} · {position.deletedAt ? "deleted" : position.publication} ·{" "}
          <Link href={`/editor/positions/${id}/history`}>History</Link>
          {isPublicRow(position) && (
            <>
              {" · "}
              <Link href={`/positions/${id}`}>Public page</Link>
            </>
          )}
        </span>
      </div>
      <PositionForm
        {...options}
        existing={{
          id,
          version: position.version,
          values: positionFormValues(positionSnapshotToInput(position)),
        }}
        actions={positionActions}
      />
      <DeleteControls
        id={id}
        version={position.version}
        deleted={position.deletedAt !== null}
        noun="position"
        remove={deletePositionAction}
        undelete={undeletePositionAction}
      />
    </div>
  );
}
