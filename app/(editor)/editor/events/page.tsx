import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch, listQuery } from "@/components/editor/list-search";
import { getDb } from "@/db";
import { listEventsForEditors } from "@/lib/queries/editor";
import { listOutcomesToRecord } from "@/lib/queries/upcoming";
import { todayIso } from "@/lib/timeline/window";
import { OutcomesToRecord } from "../outcomes-to-record";

export const metadata: Metadata = { title: "Events" };

/** Events as editors see them: drafts and deleted rows included; the editor's home page too. */
export default async function EditorEventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const q = listQuery((await searchParams).q);
  const [events, stale] = await Promise.all([
    listEventsForEditors(getDb(), q),
    listOutcomesToRecord(getDb(), todayIso()),
  ]);
  return (
    <div>
      <OutcomesToRecord rows={stale} />
      <ListHeader title="Events" newHref="/editor/events/new" newLabel="New event" />
      <ListSearch q={q} label="Search events" hint="Words from the title, summary, place" />
      {events.length === 0 ? (
        <p className="text-muted">
          {q ? `No event matches “${q}”.` : "No events yet: create the first one with “New event”."}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th>Date</th>
                <th>Title</th>
                <th>State</th>
                <th className="hidden sm:table-cell">Version</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-t border-rule">
                  <td>{e.startsOn}</td>
                  <td>
                    <Link href={`/editor/events/${e.id}`}>{e.title}</Link>
                  </td>
                  <td>{e.deletedAt ? "deleted" : e.publication}</td>
                  <td className="hidden sm:table-cell">{e.version}</td>
                  <td>
                    <Link href={`/editor/events/${e.id}/history`}>History</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
