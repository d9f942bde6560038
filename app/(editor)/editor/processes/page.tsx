import type { Metadata } from "next";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch } from "@/components/editor/list-search";
import { RecordTable } from "@/components/editor/record-table";
import { getDb } from "@/lib/db";
import { listProcessesForEditors } from "@/lib/queries/process-editor";
import { editorListQuery } from "@/lib/validation/search-text";

export const metadata: Metadata = { title: "Processes" };

export default async function EditorProcessesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const q = editorListQuery((await searchParams).q);
  const rows = await listProcessesForEditors(getDb(), q);
  return (
    <div>
      <ListHeader title="Processes" newHref="/editor/processes/new" newLabel="New process" />
      <ListSearch q={q} label="Search processes" hint="Words from the name, other names or conflict" />
      <RecordTable
        rows={rows}
        basePath="/editor/processes"
        empty={q ? `No process matches “${q}”.` : "No processes yet."}
        columns={[
          { header: "Name", cell: (p) => p.name, opens: true },
          { header: "Status", cell: (p) => p.status, wide: true },
          { header: "Events", cell: (p) => p.events },
        ]}
      />
    </div>
  );
}
