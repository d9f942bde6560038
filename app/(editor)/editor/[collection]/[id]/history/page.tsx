import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { RevisionHistory } from "@/components/editor/revision-history";
import { getDb } from "@/db";
import { kindFromPath, kindPath } from "@/lib/directory-paths";
import { loadHistory } from "@/lib/queries/history";
import { getActor } from "@/lib/services/directory";
import { restoreActorAction } from "../../../directory/actions";

export const metadata: Metadata = { title: "History" };

const compared = {
  party: ["name", "shortName", "kind", "color", "aliases", "description", "publication", "deletedAt"],
  person: ["name", "title", "partyId", "aliases", "publication", "deletedAt"],
  topic: ["name", "description", "aliases", "publication", "deletedAt"],
} as const;

export default async function DirectoryHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ collection: string; id: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  await connection();
  const { collection, id } = await params;
  const kind = kindFromPath(collection);
  if (!kind || !z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [row, history] = await Promise.all([getActor(db, kind, id), loadHistory(db, kind, id)]);
  if (!row) notFound();
  const { a, b } = await searchParams;
  return (
    <div>
      <h1 className="mb-1 font-serif text-2xl font-bold">History: {row.name}</h1>
      <p className="mb-4 text-sm">
        Current version {row.version} · <Link href={`/editor/${kindPath[kind]}/${id}`}>Edit</Link>
      </p>
      <RevisionHistory
        id={id}
        currentVersion={row.version}
        history={history}
        compared={compared[kind]}
        a={a}
        b={b}
        restore={restoreActorAction}
        kind={kind}
      />
    </div>
  );
}
