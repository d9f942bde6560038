import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { RecordTable } from "@/components/editor/record-table";
import { getDb } from "@/lib/db";
import { entryNoun, kindFromPath, kindPath, kindTitle } from "@/lib/directory-paths";
import { listDirectoryForEditors } from "@/lib/queries/editor";

type Params = { params: Promise<{ collection: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const kind = kindFromPath((await params).collection);
  return { title: kind ? kindTitle[kind] : "Not found" };
}

/** Parties, people or topics as editors see them: drafts and deleted rows included. */
export default async function DirectoryListPage({ params }: Params) {
  await connection();
  const kind = kindFromPath((await params).collection);
  if (!kind) notFound();
  const rows = await listDirectoryForEditors(getDb(), kind);
  const path = kindPath[kind];
  return (
    <div>
      <ListHeader
        title={kindTitle[kind]}
        newHref={`/editor/${path}/new`}
        newLabel={`New ${entryNoun[kind]}`}
      />
      <RecordTable
        rows={rows}
        basePath={`/editor/${path}`}
        empty="None yet."
        columns={[
          { header: "Name", cell: (row) => row.name, opens: true },
          { header: "Other names", cell: (row) => row.aliases.join(", "), wide: true },
          {
            header: kind === "person" ? "Party" : kind === "party" ? "Kind" : "Slug",
            cell: (row) => row.detail,
          },
        ]}
      />
    </div>
  );
}
