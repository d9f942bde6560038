import type { Metadata } from "next";
import { EditorList } from "@/components/editor/editor-list";
import { today } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listEventsForEditors } from "@/lib/queries/editor";
import { listOutcomesToRecord } from "@/lib/queries/upcoming";
import { type ListPageProps, listQuery } from "../list-query";
import { OutcomesToRecord } from "../outcomes-to-record";

export const metadata: Metadata = { title: "Events" };

/** Events as editors see them: drafts and deleted rows included; the editor's home page too. */
export default async function EditorEventsPage(props: ListPageProps) {
  const q = await listQuery(props);
  const [events, stale] = await Promise.all([
    listEventsForEditors(getDb(), q),
    listOutcomesToRecord(getDb(), today()),
  ]);
  return (
    <div>
      <OutcomesToRecord rows={stale} />
      <EditorList
        title="Events"
        noun="event"
        basePath="/editor/events"
        q={q}
        hint="Words from the title, summary, place"
        none="No events yet: create the first one with “New event”."
        rows={events}
        columns={[
          { header: "Date", cell: (e) => e.startsOn },
          { header: "Title", cell: (e) => e.title, opens: true },
        ]}
      />
    </div>
  );
}
