import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { RevisionHistory } from "@/components/editor/revision-history";
import { getDb } from "@/db";
import { loadHistory } from "@/lib/queries/history";
import { getSource } from "@/lib/services/sources";
import { restoreSourceAction } from "../../actions";

export const metadata: Metadata = { title: "Source history" };

const compared = [
  "url",
  "title",
  "outlet",
  "author",
  "publishedOn",
  "language",
  "archivedUrl",
  "deletedAt",
] as const;

export default async function SourceHistoryPage({
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
  const [source, history] = await Promise.all([getSource(db, id), loadHistory(db, "source", id)]);
  if (!source) notFound();
  const { a, b } = await searchParams;
  return (
    <div>
      <h1 className="mb-1 font-serif text-2xl font-bold">History: {source.title}</h1>
      <p className="mb-4 text-sm">
        Current version {source.version} · <Link href={`/editor/sources/${id}`}>Edit</Link>
      </p>
      <RevisionHistory
        id={id}
        currentVersion={source.version}
        history={history}
        compared={compared}
        a={a}
        b={b}
        restore={restoreSourceAction}
      />
    </div>
  );
}
