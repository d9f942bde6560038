import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryPage, type HistoryRouteProps, titled } from "@/app/(editor)/editor/history-page";
import { kindFromPath, kindPath } from "@/lib/directory-paths";
import { getEntry } from "@/lib/services/directory";
import { restoreEntryAction } from "../../../directory/actions";

export const metadata: Metadata = { title: "History" };

const compared = {
  party: ["name", "shortName", "kind", "color", "aliases", "description", "publication", "deletedAt"],
  person: ["name", "title", "partyId", "aliases", "publication", "deletedAt"],
  topic: ["name", "description", "aliases", "publication", "deletedAt"],
} as const;

type Props = Omit<HistoryRouteProps, "params"> & { params: Promise<{ collection: string; id: string }> };

export default async function DirectoryHistoryPage({ params, searchParams }: Props) {
  const { collection, id } = await params;
  const kind = kindFromPath(collection);
  if (!kind) notFound();
  return (
    <HistoryPage
      entity={kind}
      id={id}
      searchParams={searchParams}
      heading={titled(
        (db, rowId) => getEntry(db, kind, rowId),
        (row) => row.name,
      )}
      editHref={`/editor/${kindPath[kind]}/${id}`}
      compared={compared[kind]}
      restore={restoreEntryAction}
      kind={kind}
    />
  );
}
