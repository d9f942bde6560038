import type { Metadata } from "next";
import { historyRoute } from "@/app/(editor)/editor/history-routes";

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

export default historyRoute("source", compared);
