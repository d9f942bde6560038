import { z } from "zod";
import { positionKinds, stances } from "@/lib/domain";
import { citation, isoDate, optionalText, requiredText, revisionFields, versionRef } from "./common";
import { datePrecision, publication } from "./vocabulary-fields";

/** A select left on its placeholder sends ""; that means "none", not an invalid id. */
const optionalId = z
  .union([z.uuid(), z.literal("")])
  .nullable()
  .optional()
  .transform((v) => v || null);

/**
 * The position form and the server parse this one schema. Ids, author and
 * timestamps are the server's; whether the speaker belongs to the party needs
 * the database, so the service checks that.
 */
export const positionInput = z.object({
  /** Left out, a new position goes to its event's process, or the only one; an edit keeps its process. */
  processId: z
    .union([z.uuid("Choose a process"), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  partyId: z.uuid("Choose a party"),
  personId: optionalId,
  topicId: z.uuid("Choose a topic"),
  statedOn: isoDate,
  datePrecision,
  kind: z.enum(positionKinds, "Choose a kind"),
  stance: z.enum(stances, "Choose a stance"),
  summary: requiredText("Summary", 3, 2000),
  /** Verbatim words only; a paraphrase belongs in the summary. */
  quote: optionalText(5000),
  eventId: optionalId,
  publication,
  // Every claim is tied to a source: a position without one is not saved.
  sources: z.array(citation).min(1, "Cite at least one source").max(50),
  ...revisionFields,
});

export type PositionInput = z.output<typeof positionInput>;
export type PositionFormValues = z.input<typeof positionInput>;

/** An edit names the version it started from, so a save in between is detected. */
export const positionUpdate = versionRef.extend({ data: positionInput });
export type PositionUpdate = z.output<typeof positionUpdate>;
