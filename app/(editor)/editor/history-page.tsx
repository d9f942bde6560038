import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { RevisionHistory } from "@/components/editor/revision-history";
import type { Database } from "@/db/client";
import { getDb } from "@/lib/db";
import type { RevisionEntity } from "@/lib/domain";
import { loadHistory } from "@/lib/queries/history";

export type HistoryRouteProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
};

/**
 * The body of every editor history route: load the row and its revisions,
 * 404 for a bad or unknown id, then the shared list/compare/restore view.
 */
export async function HistoryPage<R extends { version: number }>({
  entity,
  id,
  searchParams,
  load,
  title,
  editHref,
  compared,
  restore,
  kind,
}: {
  entity: RevisionEntity;
  id: string;
  searchParams: HistoryRouteProps["searchParams"];
  load: (db: Database, id: string) => Promise<R | null>;
  title: (row: R) => string;
  editHref: string;
  compared: readonly string[];
  restore: Parameters<typeof RevisionHistory>[0]["restore"];
  kind?: string;
}) {
  await connection();
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [row, history] = await Promise.all([load(db, id), loadHistory(db, entity, id)]);
  if (!row) notFound();
  const { a, b } = await searchParams;
  return (
    <div>
      <h1 className="mb-1 font-serif text-2xl font-bold">History: {title(row)}</h1>
      <p className="mb-4 text-sm">
        Current version {row.version} · <Link href={editHref}>Edit</Link>
      </p>
      <RevisionHistory
        id={id}
        currentVersion={row.version}
        history={history}
        compared={compared}
        a={a}
        b={b}
        restore={restore}
        kind={kind}
      />
    </div>
  );
}
