import type { Metadata } from "next";
import { EditorList } from "@/components/editor/editor-list";
import { getDb } from "@/lib/db";
import { positionKindLabel } from "@/lib/domain";
import { listPositionsForEditors } from "@/lib/queries/editor";
import { type ListPageProps, listQuery } from "../list-query";

export const metadata: Metadata = { title: "Positions" };

export default async function EditorPositionsPage(props: ListPageProps) {
  const q = await listQuery(props);
  const positions = await listPositionsForEditors(getDb(), q);
  return (
    <div>
      <EditorList
        title="Positions"
        noun="position"
        basePath="/editor/positions"
        q={q}
        hint="Words from the summary, quote, party, topic"
        none="No positions yet: record one with “New position”."
        rows={positions}
        columns={[
          { header: "Stated on", cell: (p) => p.statedOn },
          { header: "Party", cell: (p) => p.party },
          { header: "Topic", cell: (p) => p.topic },
          { header: "Kind", cell: (p) => positionKindLabel[p.kind] ?? p.kind, wide: true },
          { header: "Summary", cell: (p) => p.summary, opens: true },
        ]}
      />
    </div>
  );
}
