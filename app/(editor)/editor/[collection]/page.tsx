import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ListHeader } from "@/components/editor/list-header";
import { getDb } from "@/db";
import { entryNoun, kindFromPath, kindPath, kindTitle } from "@/lib/directory-paths";
import { listDirectoryForEditors } from "@/lib/queries/editor";

type Params = { params: Promise<{ collection: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const kind = kindFromPath((await params).collection);
  return { title: kind ? kindTitle[kind] : "Not found" };
}

/** Parties, people or topics as editors see them: drafts and deleted rows included. */
export default async function DirectoryListPage({ params }: Params) {
  await connection();
  const kind = kindFromPath((await params).collection);
  if (!kind) notFound();
  const rows = await listDirectoryForEditors(getDb(), kind);
  const path = kindPath[kind];
  return (
    <div>
      <ListHeader
        title={kindTitle[kind]}
        newHref={`/editor/${path}/new`}
        newLabel={`New ${entryNoun[kind]}`}
      />
      {rows.length === 0 ? (
        <p className="text-muted">None yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th>Name</th>
                <th className="hidden sm:table-cell">Other names</th>
                <th>{kind === "person" ? "Party" : kind === "party" ? "Kind" : "Slug"}</th>
                <th>State</th>
                <th className="hidden sm:table-cell">Version</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-rule align-top">
                  <td>
                    <Link href={`/editor/${path}/${row.id}`}>{row.name}</Link>
                  </td>
                  <td className="hidden sm:table-cell">{row.aliases.join(", ")}</td>
                  <td>{row.detail}</td>
                  <td>{row.deletedAt ? "deleted" : row.publication}</td>
                  <td className="hidden sm:table-cell">{row.version}</td>
                  <td>
                    <Link href={`/editor/${path}/${row.id}/history`}>History</Link>
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
