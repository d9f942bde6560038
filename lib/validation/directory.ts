import { z } from "zod";
import { directoryKinds, partyKinds } from "@/lib/domain";
import { optionalText, revisionFields, versionRef } from "./common";
import { contrastWithWhite, MIN_SWATCH_CONTRAST } from "./contrast";
import { publication } from "./vocabulary-fields";

const name = z.string().trim().min(2, "At least 2 characters").max(200, "At most 200 characters");

/**
 * Other names a reader or editor may search by ("Kiev", "Zelensky"). The form
 * sends one comma-separated line; the API may send an array. Either way the
 * server stores a trimmed list without blanks or repeats.
 */
export const aliasList = z
  .union([z.string(), z.array(z.string())])
  .default([])
  .transform((value) => (typeof value === "string" ? value.split(/[,\n]/) : value))
  .transform((items) => [...new Set(items.map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(100, "Each alias at most 100 characters")).max(30, "At most 30 aliases"));

/** A party's colour marks its lane and chips on white, so it must stand out from white (WCAG 1.4.11). */
const partyColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #0057b7")
  .transform((v) => v.toLowerCase())
  .refine(
    (v) => contrastWithWhite(v) >= MIN_SWATCH_CONTRAST,
    `Too pale: it needs a contrast of at least ${MIN_SWATCH_CONTRAST}:1 with white`,
  );

/** The party form and the server parse this one schema. The slug is the server's, set once at creation. */
export const partyInput = z.object({
  name,
  shortName: optionalText(60),
  kind: z.enum(partyKinds, "Choose a kind"),
  color: partyColor,
  aliases: aliasList,
  description: optionalText(2000),
  publication,
  ...revisionFields,
});

/** A person speaks for one party; the speaker picker on positions filters by it. */
export const personInput = z.object({
  name,
  title: optionalText(200),
  partyId: z.uuid("Choose a party"),
  aliases: aliasList,
  publication,
  ...revisionFields,
});

export const topicInput = z.object({
  name,
  description: optionalText(2000),
  aliases: aliasList,
  publication,
  ...revisionFields,
});

export type PartyInput = z.output<typeof partyInput>;
export type PersonInput = z.output<typeof personInput>;
export type TopicInput = z.output<typeof topicInput>;

/**
 * The three directory kinds share one set of actions: `kind` picks the schema,
 * so each payload is still parsed by its own form's schema.
 */
export const entryPayload = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("party"), data: partyInput }),
  z.object({ kind: z.literal("person"), data: personInput }),
  z.object({ kind: z.literal("topic"), data: topicInput }),
]);
export type EntryPayload = z.output<typeof entryPayload>;

/** An edit names the version it started from, so a save in between is detected. */
export const entryUpdate = z.intersection(entryPayload, versionRef);
export const entryVersionRef = versionRef.extend({ kind: z.enum(directoryKinds) });
