import { z } from "zod";
import { canonicalPermalink, citationText, licenceName } from "@/lib/citation";
import { dataLicence } from "@/lib/data-licence";
import { originFromHeaders } from "./public-origin";

/**
 * `meta` on every JSON data response of /api/v1: the licence and a ready
 * citation travel in the body too, for consumers that never see the Link
 * header (saved files, spreadsheets). Added beside the existing keys, never
 * in place of one.
 */
export const apiMetaSchema = z
  .object({
    licence: z.object({ name: z.string(), url: z.url() }).meta({ description: "The data's licence." }),
    citation: z.string().meta({
      description: "How to cite this answer: title, permalink, data version, date retrieved, licence.",
    }),
    retrieved: z.iso.date().meta({ description: "The day (UTC) this answer was produced." }),
    datasetVersion: z.string().optional().meta({
      description: "The published data set's version, as on /data and in parley.json.",
    }),
  })
  .meta({ description: "Licence and citation of the data in this response." });

export type ApiMeta = z.infer<typeof apiMetaSchema>;

/** The meta block for an answer to `request`; its permalink is the request's URL on the public origin. */
export function apiMeta(request: Request, datasetVersion?: string, now = new Date()): ApiMeta {
  const url = new URL(request.url);
  const permalink = canonicalPermalink(originFromHeaders(request.headers), url.pathname, url.searchParams);
  const licence = dataLicence();
  const retrieved = now.toISOString().slice(0, 10);
  return {
    licence: { name: licenceName(licence.id), url: licence.url },
    citation: citationText({
      title: `API ${url.pathname}`,
      permalink,
      datasetVersion: datasetVersion ?? "current",
      retrieved,
      licence: licence.id,
    }),
    retrieved,
    ...(datasetVersion ? { datasetVersion } : {}),
  };
}

/** `body` with `meta` added when it is a JSON object; anything else is returned as it was. */
export function withApiMeta(body: unknown, meta: ApiMeta): unknown {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  return { ...body, meta };
}
