import type { Metadata } from "next";
import { EditorList } from "@/components/editor/editor-list";
import { getDb } from "@/lib/db";
import { listSourcesForEditors } from "@/lib/queries/editor";
import { type ListPageProps, listQuery } from "../list-query";

export const metadata: Metadata = { title: "Sources" };

export default async function EditorSourcesPage(props: ListPageProps) {
  const q = await listQuery(props);
  const rows = await listSourcesForEditors(getDb(), q);
  return (
    <div>
      <EditorList
        title="Sources"
        noun="source"
        basePath="/editor/sources"
        q={q}
        hint="Words from the title, outlet, author, URL"
        none="No sources yet."
        rows={rows}
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
