import { z } from "zod";
import { outletForHost } from "@/lib/outlets";
import { isoDate, versionRef } from "./common";

/**
 * A source URL as stored: http or https only, trimmed, host lower-cased, fragment
 * dropped. Anything else — javascript:, data:, vbscript:, file:, in any case or
 * with tabs, newlines or percent-encoding — is refused (null). The WHATWG URL
 * parser does the hard part: it strips the control characters browsers strip,
 * so "java\tscript:" parses as "javascript:" and is refused here, as it would
 * be run there.
 */
export function normalizeSourceUrl(raw: string): string | null {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  url.hash = "";
  // URL already lower-cases the scheme and host and drops default ports.
  return url.toString();
}

/** Empty means "no public link" (null); anything else must be an http(s) URL. */
const optionalUrl = z
  .string()
  .nullable()
  .optional()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value.trim() === "") return null;
    const normalized = normalizeSourceUrl(value);
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: "Use an http:// or https:// address" });
      return z.NEVER;
    }
    return normalized;
  });

/** The source form and the server parse this one schema. */
export const sourceInput = z
  .object({
    url: optionalUrl,
    title: z.string().trim().min(1, "Required").max(500),
    outlet: z.string().trim().max(200).optional(),
    author: z.string().trim().max(200).optional(),
    publishedOn: z.union([isoDate, z.literal("")]).optional(),
    language: z.string().trim().max(20).optional(),
    archivedUrl: optionalUrl,
    /** Revision note; stored on the revision, not the row. */
    note: z
      .string()
      .trim()
      .max(500, "At most 500 characters")
      .transform((v) => v || null)
      .nullable()
      .optional(),
  })
  // Readers must be able to follow every source: a link, or for a document with none (a
  // communiqué, a press conference) who issued it and when. The database checks it too.
  .superRefine((v, ctx) => {
    if (v.url) return;
    const message = "A source with no link needs its outlet and its date";
    if (!v.outlet) ctx.addIssue({ code: "custom", path: ["outlet"], message });
    if (!v.publishedOn) ctx.addIssue({ code: "custom", path: ["publishedOn"], message });
  });
export type SourceInput = z.output<typeof sourceInput>;

/** An edit names the version it started from, so a save in between is detected. */
export const sourceUpdate = versionRef.extend({ data: sourceInput });

/** The outlet guessed from a URL's host: a known outlet's name ("Reuters"), else the domain ("example.org"). */
export function outletFromUrl(url: string): string {
  const host = new URL(url).hostname;
  return outletForHost(host) ?? host.replace(/^www\./, "");
}
