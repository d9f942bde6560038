import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { DeleteControls } from "@/components/editor/delete-controls";
import { EventForm } from "@/components/forms/event-form";
import { getDb } from "@/lib/db";
import { eventFormValues } from "@/lib/form-values";
import { isPublicRow } from "@/lib/queries/visibility";
import { getEventSnapshot, snapshotToInput } from "@/lib/services/events";
import { eventActions } from "../../form-actions";
import { deleteEventAction, undeleteEventAction } from "../actions";
import { eventFormOptions } from "../options";
import { CreatedNotice } from "./created-notice";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { id } = await params;
  const justCreated = (await searchParams).created === "1";
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [event, options] = await Promise.all([getEventSnapshot(db, id), eventFormOptions(db)]);
  if (!event) notFound();
  const live = isPublicRow(event);
  return (
    <div>
      {justCreated && event.version === 1 && <CreatedNotice id={id} slug={event.slug} published={live} />}
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="font-serif text-2xl font-bold">Edit event</h1>
        <span className="text-sm">
          Version {event.version} · {event.deletedAt ? "deleted" : event.publication} ·{" "}
          <Link href={`/editor/events/${id}/history`}>History</Link>
          {" · "}
          <Link href={`/editor/positions/new?event=${id}`}>Add position</Link>
          {live && (
            <>
              {" · "}
              <Link href={`/events/${event.slug}`}>Public page</Link>
            </>
          )}
        </span>
      </div>
      <EventForm
        {...options}
        existing={{ id, version: event.version, values: eventFormValues(snapshotToInput(event)) }}
        actions={eventActions}
      />
      <DeleteControls
        id={id}
        version={event.version}
        deleted={event.deletedAt !== null}
        noun="event"
        remove={deleteEventAction}
        undelete={undeleteEventAction}
      />
    </div>
  );
}
