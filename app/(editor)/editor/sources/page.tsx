import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch, listQuery } from "@/components/editor/list-search";
import { getDb } from "@/db";
import { listSourcesForEditors } from "@/lib/queries/editor";

export const metadata: Metadata = { title: "Sources" };

export default async function EditorSourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const q = listQuery((await searchParams).q);
  const rows = await listSourcesForEditors(getDb(), q);
  return (
    <div>
      <ListHeader title="Sources" newHref="/editor/sources/new" newLabel="New source" />
      <ListSearch q={q} label="Search sources" hint="Words from the title, outlet, author, URL" />
      {rows.length === 0 ? (
        <p className="text-muted">No sources yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th>Title</th>
                <th>Outlet</th>
                <th className="hidden sm:table-cell">Published</th>
                <th>Cited by</th>
                <th>State</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className="border-t border-rule align-top">
                  <td>
                    <Link href={`/editor/sources/${s.id}`}>{s.title}</Link>
                  </td>
                  <td>{s.outlet}</td>
                  <td className="hidden sm:table-cell">{s.publishedOn}</td>
                  <td>{s.citations}</td>
                  <td>{s.deletedAt ? "deleted" : `version ${s.version}`}</td>
                  <td>
                    <Link href={`/editor/sources/${s.id}/history`}>History</Link>
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
