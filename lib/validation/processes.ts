import { z } from "zod";
import { processPartyRoles, processStatuses } from "@/lib/domain";
import { citation, optionalDate, optionalText, revisionFields, versionNumber } from "./common";
import { aliasList } from "./directory";
import { publication } from "./vocabulary-fields";

/** The process form and the server parse this one schema. The slug is the server's, set once at creation. */
export const processInput = z.object({
  name: z.string().trim().min(3, "At least 3 characters").max(200, "At most 200 characters"),
  aliases: aliasList,
  summary: z.string().trim().max(5000, "At most 5000 characters").default(""),
  conflict: optionalText(200),
  startedOn: optionalDate,
  status: z.enum(processStatuses, "Choose a status").default("active"),
  publication,
  parties: z
    .array(z.object({ partyId: z.uuid("Choose a party"), role: z.enum(processPartyRoles, "Choose a role") }))
    .max(100)
    .default([]),
  sources: z.array(citation).max(50).default([]),
  ...revisionFields,
});

export type ProcessInput = z.output<typeof processInput>;

/** An edit: the row, the version the editor started from, and the form's values. */
export const processUpdate = z.object({ id: z.uuid(), baseVersion: versionNumber, data: processInput });

/** What the process form holds before parsing: aliases as one comma-separated line, dates as text. */
export type ProcessFormValues = z.input<typeof processInput>;
