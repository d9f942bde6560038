import type { z } from "zod";
import { compareLimits, compareQuerySchema } from "@/lib/validation/compare";
import { compareCellQuerySchema } from "@/lib/validation/compare-cell";
import {
  idParam,
  peopleQuerySchema,
  positionsQuerySchema,
  slugOrderedQuerySchema,
  slugOrIdParam,
  sourcesQuerySchema,
} from "@/lib/validation/directory-query";
import { eventsQuerySchema } from "@/lib/validation/events-query";
import { timelineQuerySchema } from "@/lib/validation/timeline-query";
import { compareCellResponseSchema } from "./compare-schema";
import {
  partyListResponseSchema,
  partyResponseSchema,
  personListResponseSchema,
  personResponseSchema,
  positionListResponseSchema,
  positionResponseSchema,
  sourceListResponseSchema,
  sourceResponseSchema,
  topicListResponseSchema,
  topicResponseSchema,
} from "./directory-schema";
import { eventListResponseSchema, eventResponseSchema } from "./event-schema";
import { processListResponseSchema, processResponseSchema } from "./process-schema";
import { timelineItemResponseSchema, timelineWindowResponseSchema } from "./timeline-schema";

/**
 * The public read API in one table: path, query and response schemas, and the
 * words a reader needs. Routes, the OpenAPI document, the /api page and the
 * property tests all read it, so they cannot drift apart. Every 200 answer
 * also carries `meta` (licence, citation, data version: lib/api/meta.ts)
 * beside the keys of `list` and `item`.
 */
export type Resource = {
  /** Plural path segment and OpenAPI tag. */
  name: "processes" | "events" | "positions" | "parties" | "people" | "topics" | "sources";
  title: string;
  description: string;
  query: z.ZodObject;
  list: z.ZodType;
  item: z.ZodType;
  /** How the single-row path is keyed. */
  key: { schema: z.ZodType<string>; description: string; example: string };
  /** An example list query for docs and curl lines. */
  example: string;
  componentName: string;
};

const slugKey = (example: string) => ({
  schema: slugOrIdParam,
  description: "The row's slug or its id (uuid).",
  example,
});
const idKey = (example: string) => ({ schema: idParam, description: "The row's id (uuid).", example });

export const resources: Resource[] = [
  {
    name: "processes",
    title: "Peace processes",
    description:
      "Negotiations that events and positions belong to, with their parties and the part each plays (negotiating party, mediator, guarantor, observer), ordered by slug. Every list takes `process=<slug>` to keep one.",
    query: slugOrderedQuerySchema,
    list: processListResponseSchema,
    item: processResponseSchema,
    key: slugKey("russia-ukraine-talks-2022"),
    example: "q=Istanbul",
    componentName: "Process",
  },
  {
    name: "events",
    title: "Events",
    description:
      "Talks, calls, speeches, statements and developments with their participants and sources, ordered by start date. An event matches a date window when it overlaps it.",
    query: eventsQuerySchema,
    list: eventListResponseSchema,
    item: eventResponseSchema,
    key: slugKey("istanbul-talks-2022-03-29"),
    example: "from=2022-02-01&to=2022-04-30",
    componentName: "Event",
  },
  {
    name: "positions",
    title: "Positions",
    description:
      "Dated statements of a party on a topic (red lines, demands, offers), with speaker, event and sources, ordered by date stated.",
    query: positionsQuerySchema,
    list: positionListResponseSchema,
    item: positionResponseSchema,
    key: idKey("00000000-0000-4000-8000-000000000000"),
    example: "parties=ukraine&topics=neutral-status",
    componentName: "Position",
  },
  {
    name: "parties",
    title: "Parties",
    description: "States, organizations and groups taking part, ordered by slug.",
    query: slugOrderedQuerySchema,
    list: partyListResponseSchema,
    item: partyResponseSchema,
    key: slugKey("ukraine"),
    example: "q=Kiev",
    componentName: "Party",
  },
  {
    name: "people",
    title: "People",
    description: "People who speak for a party, ordered by slug.",
    query: peopleQuerySchema,
    list: personListResponseSchema,
    item: personResponseSchema,
    key: slugKey("volodymyr-zelensky"),
    example: "parties=ukraine",
    componentName: "Person",
  },
  {
    name: "topics",
    title: "Topics",
    description: "What positions are about, ordered by slug.",
    query: slugOrderedQuerySchema,
    list: topicListResponseSchema,
    item: topicResponseSchema,
    key: slugKey("neutral-status"),
    example: "q=neutrality",
    componentName: "Topic",
  },
  {
    name: "sources",
    title: "Sources",
    description: "Articles, transcripts and statements cited by events and positions, ordered by id.",
    query: sourcesQuerySchema,
    list: sourceListResponseSchema,
    item: sourceResponseSchema,
    key: idKey("00000000-0000-4000-8000-000000000000"),
    example: "q=Press TV",
    componentName: "Source",
  },
];

export function resource(name: Resource["name"]): Resource {
  const found = resources.find((r) => r.name === name);
  if (!found) throw new Error(`unknown resource ${name}`);
  return found;
}

/**
 * The timeline's two reads. They are not lists of rows keyed by slug, so they
 * stand beside `resources`; the OpenAPI document and the property tests read them here.
 */
export const timelineEndpoints = {
  window: {
    path: "/api/v1/timeline",
    description:
      "What the timeline draws for one window [`from`, `to`]: its events and standalone positions, or — past 300 items — counts per lane and week or month. Takes the timeline page's filters, `process` included.",
    query: timelineQuerySchema,
    response: timelineWindowResponseSchema,
    example: "from=2022-02-01&to=2022-04-30&process=russia-ukraine-talks-2022",
  },
  item: {
    path: "/api/v1/timeline/items/{ref}",
    description:
      "The details of one timeline item: an event (by slug) with the positions stated there, or a position (`p-<id>`).",
    ref: {
      description: "An event's slug, or `p-` and a position's id.",
      example: "istanbul-talks-2022-03-29",
    },
    response: timelineItemResponseSchema,
  },
} as const;

/**
 * The as-of comparison's two reads: the whole matrix (what /compare and its
 * exports show) and one cell's statements (what /compare loads when a reader
 * opens a cell). The OpenAPI document, the /api page and the property tests read them here.
 */
export const compareEndpoints = {
  matrix: {
    path: "/api/v1/compare",
    description: `Each party's latest published position on each topic with stated_on on or before the date (ties: most recent edit), as of \`a\` and optionally \`b\`, with quotes and source URLs. Without \`a\`, the latest recorded talks date is used. Bounded: at most ${compareLimits.parties} parties (pick them with \`parties\`; the rest are left out) and ${compareLimits.topicsPerPage} topics per \`page\`. With \`process\`, only that process's parties, the topics its statements are about, and its statements.`,
    query: compareQuerySchema,
    example: "a=2022-02-28&b=2022-03-29&parties=ukraine,russia",
  },
  cell: {
    path: "/api/v1/compare/cell",
    description:
      "The statements behind one cell of the comparison: the position of `party` on `topic` in force on `a` (and on `b`), each with its summary, quote, speaker, date and sources, labelled by the date(s) it is in force on. With `process`, only that process's statements. 404 when the party or topic is not published or nothing was stated.",
    query: compareCellQuerySchema,
    response: compareCellResponseSchema,
    example: "party=ukraine&topic=neutral-status&a=2022-02-28&b=2022-03-29",
  },
} as const;
