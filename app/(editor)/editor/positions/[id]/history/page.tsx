import type { Metadata } from "next";
import { historyRoute } from "@/app/(editor)/editor/history-routes";

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

export default historyRoute("position", compared);
