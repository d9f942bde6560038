import type { Metadata } from "next";
import { HistoryPage, type HistoryRouteProps } from "@/app/(editor)/editor/history-page";
import { getSource } from "@/lib/services/sources";
import { restoreSourceAction } from "../../actions";

export const metadata: Metadata = { title: "Source history" };

const compared = [
  "url",
  "title",
  "outlet",
  "author",
  "publishedOn",
  "language",
  "archivedUrl",
  "deletedAt",
] as const;

export default async function Page({ params, searchParams }: HistoryRouteProps) {
  const { id } = await params;
  return (
    <HistoryPage
      entity="source"
      id={id}
      searchParams={searchParams}
      load={getSource}
      title={(source) => source.title}
      editHref={`/editor/sources/${id}`}
      compared={compared}
      restore={restoreSourceAction}
    />
  );
}
