import type { Metadata } from "next";
import { HistoryPage, type HistoryRouteProps } from "@/app/(editor)/editor/history-page";
import { getProcessSnapshot } from "@/lib/services/processes";
import { restoreProcessAction } from "../../actions";

export const metadata: Metadata = { title: "History" };

const compared = [
  "name",
  "aliases",
  "summary",
  "conflict",
  "startedOn",
  "status",
  "parties",
  "sources",
  "publication",
  "deletedAt",
] as const;

export default async function ProcessHistoryPage({ params, searchParams }: HistoryRouteProps) {
  const { id } = await params;
  return (
    <HistoryPage
      entity="process"
      id={id}
      searchParams={searchParams}
      load={getProcessSnapshot}
      title={(row) => row.name}
      editHref={`/editor/processes/${id}`}
      compared={compared}
      restore={restoreProcessAction}
    />
  );
}
