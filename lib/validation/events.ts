import { z } from "zod";
import {
  datePrecisions,
  eventFormats,
  eventKinds,
  eventPersonRoles,
  eventStatuses,
  participantRoles,
  publicationStates,
} from "@/lib/domain";
import { isoDate, optionalText, requiredText, versionRef } from "./common";

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
    kind: z.enum(eventKinds, "Choose a kind"),
    status: z.enum(eventStatuses, "Choose a status"),
    format: z.enum(eventFormats).nullable().optional(),
    startsOn: isoDate,
    endsOn: z
      .union([isoDate, z.literal("")])
      .nullable()
      .optional()
      .transform((v) => v || null),
    datePrecision: z.enum(datePrecisions).default("day"),
    locationName: optionalText(200),
    country: optionalText(100),
    publication: z.enum(publicationStates).default("draft"),
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
    sources: z
      .array(z.object({ sourceId: z.uuid("Choose a source"), excerpt: optionalText(2000) }))
      .max(50)
      .default([]),
    /** Revision note and the public-correction mark; stored on the revision, not the row. */
    note: optionalText(500),
    isCorrection: z.boolean().default(false),
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
