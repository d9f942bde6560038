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

/** What the page heading needs of a row: its current version and a title; null when the id is unknown. */
export type HistoryHeading = (db: Database, id: string) => Promise<{ version: number; title: string } | null>;

/** Pairs a row loader with the field that titles the row, so kinds with different row types share one page. */
export function titled<R extends { version: number }>(
  load: (db: Database, id: string) => Promise<R | null>,
  title: (row: R) => string,
): HistoryHeading {
  return async (db, id) => {
    const row = await load(db, id);
    return row && { version: row.version, title: title(row) };
  };
}

/**
 * The body of every editor history route: load the row and its revisions,
 * 404 for a bad or unknown id, then the shared list/compare/restore view.
 */
export async function HistoryPage({
  entity,
  id,
  searchParams,
  heading,
  editHref,
  compared,
  restore,
  kind,
}: {
  entity: RevisionEntity;
  id: string;
  searchParams: HistoryRouteProps["searchParams"];
  heading: HistoryHeading;
  editHref: string;
  compared: readonly string[];
  restore: Parameters<typeof RevisionHistory>[0]["restore"];
  kind?: string;
}) {
  await connection();
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [row, history] = await Promise.all([heading(db, id), loadHistory(db, entity, id)]);
  if (!row) notFound();
  const { a, b } = await searchParams;
  return (
    <div>
      <h1 className="mb-1 font-serif text-2xl font-bold">History: {row.title}</h1>
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
