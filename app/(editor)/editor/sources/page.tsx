import type { Metadata } from "next";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch } from "@/components/editor/list-search";
import { RecordTable } from "@/components/editor/record-table";
import { getDb } from "@/lib/db";
import { listSourcesForEditors } from "@/lib/queries/editor";
import { editorListQuery } from "@/lib/validation/search-text";

export const metadata: Metadata = { title: "Sources" };

export default async function EditorSourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const q = editorListQuery((await searchParams).q);
  const rows = await listSourcesForEditors(getDb(), q);
  return (
    <div>
      <ListHeader title="Sources" newHref="/editor/sources/new" newLabel="New source" />
      <ListSearch q={q} label="Search sources" hint="Words from the title, outlet, author, URL" />
      <RecordTable
        rows={rows}
        basePath="/editor/sources"
        empty={q ? `No source matches “${q}”.` : "No sources yet."}
        columns={[
          { header: "Title", cell: (s) => s.title, opens: true },
          { header: "Outlet", cell: (s) => s.outlet },
          { header: "Published", cell: (s) => s.publishedOn, wide: true },
          { header: "Cited by", cell: (s) => s.citations },
        ]}
      />
    </div>
  );
}
