import type { Metadata } from "next";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch } from "@/components/editor/list-search";
import { RecordTable } from "@/components/editor/record-table";
import { today } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listEventsForEditors } from "@/lib/queries/editor";
import { listOutcomesToRecord } from "@/lib/queries/upcoming";
import { editorListQuery } from "@/lib/validation/search-text";
import { OutcomesToRecord } from "../outcomes-to-record";

export const metadata: Metadata = { title: "Events" };

/** Events as editors see them: drafts and deleted rows included; the editor's home page too. */
export default async function EditorEventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const q = editorListQuery((await searchParams).q);
  const [events, stale] = await Promise.all([
    listEventsForEditors(getDb(), q),
    listOutcomesToRecord(getDb(), today()),
  ]);
  return (
    <div>
      <OutcomesToRecord rows={stale} />
      <ListHeader title="Events" newHref="/editor/events/new" newLabel="New event" />
      <ListSearch q={q} label="Search events" hint="Words from the title, summary, place" />
      <RecordTable
        rows={events}
        basePath="/editor/events"
        empty={q ? `No event matches “${q}”.` : "No events yet: create the first one with “New event”."}
        columns={[
          { header: "Date", cell: (e) => e.startsOn },
          { header: "Title", cell: (e) => e.title, opens: true },
        ]}
      />
    </div>
  );
}
