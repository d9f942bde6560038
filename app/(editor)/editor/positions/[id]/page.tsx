import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { DeleteControls } from "@/components/editor/delete-controls";
import { PositionForm } from "@/components/forms/position-form";
import { getDb } from "@/lib/db";
import { getPositionSnapshot, positionSnapshotToInput } from "@/lib/services/positions";
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
  const values = positionSnapshotToInput(position);
  return (
    <div>
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="font-serif text-2xl font-bold">Edit position</h1>
        <span className="text-sm">
          Version {position.version} · {position.deletedAt ? "deleted" : position.publication} ·{" "}
          <Link href={`/editor/positions/${id}/history`}>History</Link>
          {position.publication === "published" && !position.deletedAt && (
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
          // The selects and text boxes show "" for none; the schema turns it back into null.
          values: {
            ...values,
            personId: values.personId ?? "",
            eventId: values.eventId ?? "",
            quote: values.quote ?? "",
            sources: values.sources.map((s) => ({ sourceId: s.sourceId, excerpt: s.excerpt ?? "" })),
            note: "",
          },
        }}
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
