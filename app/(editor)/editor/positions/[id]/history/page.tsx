import type { Metadata } from "next";
import { HistoryPage, type HistoryRouteProps } from "@/app/(editor)/editor/history-page";
import { getPositionSnapshot } from "@/lib/services/positions";
import { restorePositionAction } from "../../actions";

export const metadata: Metadata = { title: "Position history" };

const compared = [
  "partyId",
  "personId",
  "topicId",
  "statedOn",
  "datePrecision",
  "kind",
  "stance",
  "summary",
  "quote",
  "eventId",
  "publication",
  "deletedAt",
  "sources",
] as const;

export default async function Page({ params, searchParams }: HistoryRouteProps) {
  const { id } = await params;
  return (
    <HistoryPage
      entity="position"
      id={id}
      searchParams={searchParams}
      load={getPositionSnapshot}
      title={(position) => position.summary}
      editHref={`/editor/positions/${id}`}
      compared={compared}
      restore={restorePositionAction}
    />
  );
}
