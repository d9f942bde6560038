import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listEventsForEditors } from "@/lib/queries/editor";

export const metadata: Metadata = { title: "Editor" };

export default async function EditorHome() {
  await connection();
  const events = await listEventsForEditors(getDb());
  return (
    <div>
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="font-serif text-2xl font-bold">Events</h1>
        <Link href="/editor/events/new" className="rounded bg-ink px-3 py-1 text-white no-underline">
          New event
        </Link>
      </div>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            <th>Date</th>
            <th>Title</th>
            <th>State</th>
            <th>Version</th>
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
              <td>{e.version}</td>
              <td>
                <Link href={`/editor/events/${e.id}/history`}>History</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
