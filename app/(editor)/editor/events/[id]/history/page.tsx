import type { Metadata } from "next";
import { HistoryPage, type HistoryRouteProps } from "@/app/(editor)/editor/history-page";
import { getEventSnapshot } from "@/lib/services/events";
import { restoreEventAction } from "../../actions";

export const metadata: Metadata = { title: "Event history" };

const compared = [
  "title",
  "summary",
  "kind",
  "status",
  "format",
  "startsOn",
  "endsOn",
  "datePrecision",
  "locationName",
  "country",
  "publication",
  "deletedAt",
  "participants",
  "people",
  "sources",
] as const;

export default async function Page({ params, searchParams }: HistoryRouteProps) {
  const { id } = await params;
  return (
    <HistoryPage
      entity="event"
      id={id}
      searchParams={searchParams}
      load={getEventSnapshot}
      title={(event) => event.title}
      editHref={`/editor/events/${id}`}
      compared={compared}
      restore={restoreEventAction}
    />
  );
}
