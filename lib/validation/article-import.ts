import { z } from "zod";
import { datePrecisions, stances } from "@/lib/domain";
import { isoDate, optionalDate, optionalText } from "./common";
import { normalizeSourceUrl } from "./sources";
import { eventKind, eventStatus } from "./vocabulary-fields";

const name = z.string().trim().min(2, "At least 2 characters").max(200, "At most 200 characters");
const excerpt = z.string().trim().min(1, "Required").max(2000, "At most 2000 characters");

/** An article's address: required here, http(s) only, stored normalised like every source URL. */
const articleUrl = z
  .string()
  .trim()
  .min(1, "Give the article's address")
  .transform((value, ctx) => {
    const normalized = normalizeSourceUrl(value);
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: "Use an http:// or https:// address" });
      return z.NEVER;
    }
    return normalized;
  });

/** What the editor pastes: the article (text or HTML), where it is, who published it and when. */
export const articleImportRequest = z.object({
  content: z
    .string()
    .trim()
    .min(40, "Paste the article's text or HTML")
    .max(500_000, "At most 500,000 characters"),
  url: articleUrl,
  outlet: z.string().trim().max(200, "At most 200 characters").optional(),
  // An empty date input sends "": say what is missing, not which format (the picker shows the browser's).
  publishedOn: z.string().min(1, "Give the publication date").pipe(isoDate),
});

export const importedEvent = z
  .object({
    title: z.string().trim().min(3, "At least 3 characters").max(300, "At most 300 characters"),
    kind: eventKind,
    status: eventStatus,
    startsOn: isoDate,
    endsOn: optionalDate,
    datePrecision: z.enum(datePrecisions),
    place: optionalText(200),
    country: optionalText(100),
    parties: z.array(name).max(20),
    people: z.array(name).max(50),
    excerpt,
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, { path: ["endsOn"], message: "Ends before it starts" });

export const importedStatement = z.object({
  speaker: name
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  party: name.describe("the party the statement speaks for"),
  quote: optionalText(5000),
  statedOn: isoDate,
  datePrecision: z.enum(datePrecisions),
  topics: z.array(name).min(1, "Add at least one topic").max(10),
  stance: z.enum(stances, "Choose a stance"),
  excerpt,
});

/** The proposals the editor accepted, as edited: the `--json` shape with what a draft needs filled in. */
export const articleImportApply = z
  .object({
    source: z.object({
      url: articleUrl,
      outlet: z.string().trim().max(200).default(""),
      title: z.string().trim().min(1, "Required").max(500),
      publishedOn: isoDate,
    }),
    events: z.array(importedEvent).max(100),
    statements: z.array(importedStatement).max(200),
  })
  .refine((v) => v.events.length + v.statements.length > 0, {
    path: ["events"],
    message: "Accept at least one proposal",
  });

export type ArticleImportRequest = z.output<typeof articleImportRequest>;
export type ArticleImportApply = z.output<typeof articleImportApply>;
export type ImportedEvent = z.output<typeof importedEvent>;
export type ImportedStatement = z.output<typeof importedStatement>;
