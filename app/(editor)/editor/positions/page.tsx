import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { ListSearch, listQuery } from "@/components/editor/list-search";
import { getDb } from "@/db";
import { positionKindLabel } from "@/lib/labels";
import { listPositionsForEditors } from "@/lib/queries/editor";

export const metadata: Metadata = { title: "Positions" };

export default async function EditorPositionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const q = listQuery((await searchParams).q);
  const positions = await listPositionsForEditors(getDb(), q);
  return (
    <div>
      <ListHeader title="Positions" newHref="/editor/positions/new" newLabel="New position" />
      <ListSearch q={q} label="Search positions" hint="Words from the summary, quote, party, topic" />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th>Stated on</th>
              <th>Party</th>
              <th>Topic</th>
              <th className="hidden sm:table-cell">Kind</th>
              <th>Summary</th>
              <th>State</th>
              <th className="hidden sm:table-cell">Version</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {positions.map((p) => (
              <tr key={p.id} className="border-t border-rule align-top">
                <td>{p.statedOn}</td>
                <td>{p.party}</td>
                <td>{p.topic}</td>
                <td className="hidden sm:table-cell">{positionKindLabel[p.kind] ?? p.kind}</td>
                <td>
                  <Link href={`/editor/positions/${p.id}`}>{p.summary}</Link>
                </td>
                <td>{p.deletedAt ? "deleted" : p.publication}</td>
                <td className="hidden sm:table-cell">{p.version}</td>
                <td>
                  <Link href={`/editor/positions/${p.id}/history`}>History</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
