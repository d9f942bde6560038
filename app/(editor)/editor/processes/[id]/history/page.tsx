import type { Metadata } from "next";
import { historyRoute } from "@/app/(editor)/editor/history-routes";

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

export default historyRoute("process", compared);
