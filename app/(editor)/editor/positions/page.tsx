import type { Metadata } from "next";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch } from "@/components/editor/list-search";
import { RecordTable } from "@/components/editor/record-table";
import { getDb } from "@/lib/db";
import { positionKindLabel } from "@/lib/domain";
import { listPositionsForEditors } from "@/lib/queries/editor";
import { editorListQuery } from "@/lib/validation/search-text";

export const metadata: Metadata = { title: "Positions" };

export default async function EditorPositionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const q = editorListQuery((await searchParams).q);
  const positions = await listPositionsForEditors(getDb(), q);
  return (
    <div>
      <ListHeader title="Positions" newHref="/editor/positions/new" newLabel="New position" />
      <ListSearch q={q} label="Search positions" hint="Words from the summary, quote, party, topic" />
      <RecordTable
        rows={positions}
        basePath="/editor/positions"
        empty={q ? `No position matches “${q}”.` : "No positions yet: record one with “New position”."}
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
