import { sources } from "@/db/schema";

/** What a citation shows of its source, the same for events and positions (the excerpt is the link's own). */
export const citedSourceColumns = {
  sourceId: sources.id,
  url: sources.url,
  title: sources.title,
  outlet: sources.outlet,
  publishedOn: sources.publishedOn,
  archivedUrl: sources.archivedUrl,
};
