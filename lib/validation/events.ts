import { z } from "zod";
import { eventFormats, eventPersonRoles, participantRoles } from "@/lib/domain";
import {
  citation,
  isoDate,
  optionalDate,
  optionalText,
  requiredText,
  revisionFields,
  versionRef,
} from "./common";
import { datePrecision, eventKind, eventStatus, publication } from "./vocabulary-fields";

/** The event form and the server parse this one schema. Ids, slug, author and timestamps are the server's. */
export const eventInput = z
  .object({
    /** Left out, a new event goes to the only process there is; an edit keeps its process. */
    processId: z
      .union([z.uuid("Choose a process"), z.literal("")])
      .optional()
      .transform((v) => v || undefined),
    /** Other processes the event also concerns (a mediator's meeting about two negotiations). */
    otherProcessIds: z.array(z.uuid("Choose a process")).max(20).default([]),
    title: requiredText("Title", 3, 300),
    summary: z.string().trim().max(5000, "At most 5000 characters").default(""),
    kind: eventKind,
    status: eventStatus,
    format: z.enum(eventFormats).nullable().optional(),
    startsOn: isoDate,
    endsOn: optionalDate,
    datePrecision,
    locationName: optionalText(200),
    country: optionalText(100),
    publication,
    participants: z
      .array(z.object({ partyId: z.uuid("Choose a party"), role: z.enum(participantRoles) }))
      .max(50)
      .default([]),
    people: z
      .array(
        z.object({ personId: z.uuid("Choose a person"), role: z.enum(eventPersonRoles, "Choose a role") }),
      )
      .max(100)
      .default([]),
    sources: z.array(citation).max(50).default([]),
    ...revisionFields,
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, { path: ["endsOn"], message: "Ends before it starts" })
  // Nothing unsourced reaches readers (the database refuses it too: migration 0004_provenance).
  .refine((v) => v.publication !== "published" || v.sources.length > 0, {
    path: ["sources"],
    message: "Cite at least one source before publishing, or keep this as a draft",
  });

export type EventInput = z.output<typeof eventInput>;
export type EventFormValues = z.input<typeof eventInput>;

/** An edit names the version it started from, so a save in between is detected. */
export const eventUpdate = versionRef.extend({ data: eventInput });
export type EventUpdate = z.output<typeof eventUpdate>;
