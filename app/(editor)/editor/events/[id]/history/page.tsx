import type { Metadata } from "next";
import { historyRoute } from "@/app/(editor)/editor/history-routes";

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

export default historyRoute("event", compared);
