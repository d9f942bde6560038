import type { Metadata } from "next";
import { EditorList } from "@/components/editor/editor-list";
import { getDb } from "@/lib/db";
import { listProcessesForEditors } from "@/lib/queries/process-editor";
import { type ListPageProps, listQuery } from "../list-query";

export const metadata: Metadata = { title: "Processes" };

export default async function EditorProcessesPage(props: ListPageProps) {
  const q = await listQuery(props);
  const rows = await listProcessesForEditors(getDb(), q);
  return (
    <div>
      <EditorList
        title="Processes"
        noun="process"
        basePath="/editor/processes"
        q={q}
        hint="Words from the name, other names or conflict"
        none="No processes yet."
        rows={rows}
        columns={[
          { header: "Name", cell: (p) => p.name, opens: true },
          { header: "Status", cell: (p) => p.status, wide: true },
          { header: "Events", cell: (p) => p.events },
        ]}
      />
    </div>
  );
}
