import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch, listQuery } from "@/components/editor/list-search";
import { getDb } from "@/db";
import { listProcessesForEditors } from "@/lib/queries/process-editor";

export const metadata: Metadata = { title: "Processes" };

export default async function EditorProcessesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const q = listQuery((await searchParams).q);
  const rows = await listProcessesForEditors(getDb(), q);
  return (
    <div>
      <ListHeader title="Processes" newHref="/editor/processes/new" newLabel="New process" />
      <ListSearch q={q} label="Search processes" hint="Words from the name, other names or conflict" />
      {rows.length === 0 ? (
        <p className="text-muted">No processes match.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th>Name</th>
                <th className="hidden sm:table-cell">Status</th>
                <th>Events</th>
                <th>State</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} className="border-t border-rule align-top">
                  <td>
                    <Link href={`/editor/processes/${p.id}`}>{p.name}</Link>
                  </td>
                  <td className="hidden sm:table-cell">{p.status}</td>
                  <td>{p.events}</td>
                  <td>{p.deletedAt ? "deleted" : `${p.publication}, version ${p.version}`}</td>
                  <td>
                    <Link href={`/editor/processes/${p.id}/history`}>History</Link>
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
