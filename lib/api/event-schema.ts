import { z } from "zod";

/** A citation of a source by an event or a position. */
export const citationSchema = z.object({
  sourceId: z.uuid(),
  url: z.string().nullable(),
  title: z.string(),
  outlet: z.string().nullable(),
  publishedOn: z.string().nullable(),
  archivedUrl: z.string().nullable(),
  excerpt: z.string().nullable(),
});

/** The peace process an event or a position belongs to. */
export const processRefSchema = z
  .object({ slug: z.string(), name: z.string() })
  .meta({ description: "The peace process the row belongs to (see /api/v1/processes)." });

/** The public JSON shape of an event; the route validates its own output against it. */
export const eventResponseSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  kind: z.string(),
  status: z.string(),
  format: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  datePrecision: z.string(),
  locationName: z.string().nullable(),
  country: z.string().nullable(),
  updatedAt: z.string(),
  process: processRefSchema,
  participants: z.array(
    z.object({ partySlug: z.string(), partyName: z.string(), color: z.string(), role: z.string() }),
  ),
  people: z.array(
    z.object({
      personSlug: z.string(),
      name: z.string(),
      title: z.string().nullable(),
      partyName: z.string().nullable(),
      role: z.string(),
    }),
  ),
  sources: z.array(citationSchema),
});

/** Every list response: one page of rows and the URL of the next page (null on the last). */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), next: z.url().nullable() });
}

export const eventListResponseSchema = listResponseSchema(eventResponseSchema);
