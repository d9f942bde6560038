import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { RevisionHistory } from "@/components/editor/revision-history";
import { getDb } from "@/db";
import { loadHistory } from "@/lib/queries/history";
import { getPositionSnapshot } from "@/lib/services/positions";
import { restorePositionAction } from "../../actions";

export const metadata: Metadata = { title: "Position history" };

const compared = [
  "partyId",
  "personId",
  "topicId",
  "statedOn",
  "datePrecision",
  "kind",
  "stance",
  "summary",
  "quote",
  "eventId",
  "publication",
  "deletedAt",
  "sources",
] as const;

export default async function PositionHistoryPage({
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
  const [position, history] = await Promise.all([
    getPositionSnapshot(db, id),
    loadHistory(db, "position", id),
  ]);
  if (!position) notFound();
  const { a, b } = await searchParams;
  return (
    <div>
      <h1 className="mb-1 font-serif text-2xl font-bold">History: {position.summary}</h1>
      <p className="mb-4 text-sm">
        Current version {position.version} · <Link href={`/editor/positions/${id}`}>Edit</Link>
      </p>
      <RevisionHistory
        id={id}
        currentVersion={position.version}
        history={history}
        compared={compared}
        a={a}
        b={b}
        restore={restorePositionAction}
      />
    </div>
  );
}
