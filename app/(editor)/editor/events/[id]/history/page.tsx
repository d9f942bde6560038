import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { RevisionHistory } from "@/components/editor/revision-history";
import { getDb } from "@/db";
import { loadHistory } from "@/lib/queries/history";
import { getEventSnapshot } from "@/lib/services/events";
import { restoreEventAction } from "../../actions";

export const metadata: Metadata = { title: "Event history" };

const compared = [
  "title",
  "summary",
  "kind",
  "status",
  "format",
  "startsOn",
  "endsOn",
  "datePrecision",
  "locationName",
  "country",
  "publication",
  "deletedAt",
  "participants",
  "sources",
] as const;

export default async function EventHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  await connection();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [event, history] = await Promise.all([getEventSnapshot(db, id), loadHistory(db, "event", id)]);
  if (!event) notFound();
  const { a, b } = await searchParams;
  return (
    <div>
      <h1 className="mb-1 font-serif text-2xl font-bold">History: {event.title}</h1>
      <p className="mb-4 text-sm">
        Current version {event.version} · <Link href={`/editor/events/${id}`}>Edit</Link>
      </p>
      <RevisionHistory
        id={id}
        currentVersion={event.version}
        history={history}
        compared={compared}
        a={a}
        b={b}
        restore={restoreEventAction}
      />
    </div>
  );
}
