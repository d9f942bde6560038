import type { Metadata } from "next";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch } from "@/components/editor/list-search";
import { RecordTable } from "@/components/editor/record-table";
import { getDb } from "@/lib/db";
import { listProcessesForEditors } from "@/lib/queries/process-editor";
import { type ListPageProps, listQuery } from "../list-query";

export const metadata: Metadata = { title: "Processes" };

export default async function EditorProcessesPage(props: ListPageProps) {
  const q = await listQuery(props);
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
