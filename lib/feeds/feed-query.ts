import { z } from "zod";
import { eventKinds, eventStatuses } from "@/lib/domain";
import { processParam, slugList } from "@/lib/validation/common";
import type { EventFilters } from "@/lib/validation/events-query";
import { enumList, textQuery } from "@/lib/validation/list-query";

/**
 * Filters of /feed.xml and /calendar.ics. Singular names read better in a
 * subscription URL (?party=ukraine&topic=neutral-status); each takes a comma list.
 */
export const feedQuerySchema = z
  .object({
    process: processParam(),
    party: slugList.meta({
      description: "Party slugs, comma-separated; any of them took part.",
      example: "ukraine",
    }),
    topic: slugList.meta({
      description: "Topic slugs, comma-separated; a position on any of them was stated at the event.",
      example: "neutral-status",
    }),
    kind: enumList(eventKinds, "Event kinds."),
    status: enumList(eventStatuses, "Event statuses."),
    q: textQuery,
  })
  .transform(
    (q): EventFilters => ({
      process: q.process,
      parties: q.party,
      topics: q.topic,
      kinds: q.kind,
      status: q.status,
      q: q.q,
    }),
  );

/** A short human title for a filtered feed: "Parley — ukraine · neutral-status". */
export function feedTitle(base: string, filters: EventFilters): string {
  const parts = [
    ...(filters.parties ?? []),
    ...(filters.topics ?? []),
    ...(filters.kinds ?? []),
    ...(filters.status ?? []),
  ];
  if (filters.q) parts.push(`“${filters.q}”`);
  return parts.length ? `${base} — ${parts.join(" · ")}` : base;
}
