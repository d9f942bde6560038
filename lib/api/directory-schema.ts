import { z } from "zod";
import { citationSchema, listResponseSchema, processRefSchema } from "./event-schema";

const ref = z.object({ slug: z.string(), name: z.string() });

export const positionResponseSchema = z.object({
  id: z.uuid(),
  statedOn: z.string(),
  datePrecision: z.string(),
  kind: z.string(),
  stance: z.string(),
  summary: z.string(),
  quote: z.string().nullable(),
  party: ref.extend({ color: z.string() }),
  topic: ref,
  process: processRefSchema,
  person: z.object({ slug: z.string(), name: z.string(), title: z.string().nullable() }).nullable(),
  event: z.object({ slug: z.string(), title: z.string() }).nullable(),
  updatedAt: z.string(),
  sources: z.array(citationSchema),
});

export const partyResponseSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  color: z.string(),
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  updatedAt: z.string(),
});

export const personResponseSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  title: z.string().nullable(),
  party: ref,
  updatedAt: z.string(),
});

export const topicResponseSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  aliases: z.array(z.string()),
  updatedAt: z.string(),
});

export const sourceResponseSchema = z.object({
  id: z.uuid(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string(),
  author: z.string().nullable(),
  publishedOn: z.string().nullable(),
  language: z.string().nullable(),
  archivedUrl: z.string().nullable(),
  updatedAt: z.string(),
});

export const positionListResponseSchema = listResponseSchema(positionResponseSchema);
export const partyListResponseSchema = listResponseSchema(partyResponseSchema);
export const personListResponseSchema = listResponseSchema(personResponseSchema);
export const topicListResponseSchema = listResponseSchema(topicResponseSchema);
export const sourceListResponseSchema = listResponseSchema(sourceResponseSchema);
