import { z } from "zod";
import { positionKinds, stances } from "@/lib/domain";
import { isoDate, processParam, slug, slugList } from "./common";
import { checkWindow, cursorParam, enumList, fromParam, limitParam, textQuery, toParam } from "./list-query";

/** GET /api/v1/positions: ordered by (stated_on, id). */
export const positionsQuerySchema = z
  .object({
    process: processParam(),
    from: fromParam,
    to: toParam,
    parties: slugList.meta({ description: "Party slugs, comma-separated.", example: "ukraine" }),
    topics: slugList.meta({ description: "Topic slugs, comma-separated.", example: "neutral-status" }),
    kinds: enumList(positionKinds, "Position kinds."),
    stances: enumList(stances, "Stances."),
    q: textQuery,
    limit: limitParam,
    cursor: cursorParam(z.tuple([isoDate, z.uuid()])),
  })
  .superRefine(checkWindow);
export type PositionsQuery = z.infer<typeof positionsQuerySchema>;

/** `process` on a reference list: the rows that process's public events and positions (or the process itself) point at. */
const memberOf = () =>
  processParam().meta({
    description: "A peace process slug: only the rows its events, positions or party list point at.",
    example: "russia-ukraine-talks-2022",
  });

/** Processes, parties, people and topics: ordered by slug, which is unique. */
export const slugOrderedQuerySchema = z.object({
  process: memberOf(),
  q: textQuery,
  limit: limitParam,
  cursor: cursorParam(z.tuple([slug])),
});
export type SlugOrderedQuery = z.infer<typeof slugOrderedQuerySchema>;

export const peopleQuerySchema = slugOrderedQuerySchema.extend({
  parties: slugList.meta({ description: "Party slugs, comma-separated.", example: "ukraine" }),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

/** GET /api/v1/sources: ordered by id (sources have no natural unique key: some lack a URL). */
export const sourcesQuerySchema = z.object({
  process: memberOf(),
  q: textQuery,
  limit: limitParam,
  cursor: cursorParam(z.tuple([z.uuid()])),
});
export type SourcesQuery = z.infer<typeof sourcesQuerySchema>;

/** A path key: a uuid or a slug. */
export const slugOrIdParam = z.union([z.uuid(), slug]);
export const idParam = z.uuid();
