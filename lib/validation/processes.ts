import { z } from "zod";
import { processPartyRoles, processStatuses, publicationStates } from "@/lib/domain";
import { isoDate, optionalText, versionNumber } from "./common";
import { aliasList } from "./directory";

/** The process form and the server parse this one schema. The slug is the server's, set once at creation. */
export const processInput = z.object({
  name: z.string().trim().min(3, "At least 3 characters").max(200, "At most 200 characters"),
  aliases: aliasList,
  summary: z.string().trim().max(5000, "At most 5000 characters").default(""),
  conflict: optionalText(200),
  startedOn: z
    .union([isoDate, z.literal("")])
    .nullable()
    .optional()
    .transform((v) => v || null),
  status: z.enum(processStatuses, "Choose a status").default("active"),
  publication: z.enum(publicationStates).default("draft"),
  parties: z
    .array(z.object({ partyId: z.uuid("Choose a party"), role: z.enum(processPartyRoles, "Choose a role") }))
    .max(100)
    .default([]),
  sources: z
    .array(z.object({ sourceId: z.uuid("Choose a source"), excerpt: optionalText(2000) }))
    .max(50)
    .default([]),
  note: optionalText(500),
  isCorrection: z.boolean().default(false),
});

export type ProcessInput = z.output<typeof processInput>;

/** An edit: the row, the version the editor started from, and the form's values. */
export const processUpdate = z.object({ id: z.uuid(), baseVersion: versionNumber, data: processInput });

/** What the process form holds before parsing: aliases as one comma-separated line, dates as text. */
export type ProcessFormValues = z.input<typeof processInput>;

export const blankProcess: ProcessFormValues = {
  name: "",
  aliases: "",
  summary: "",
  conflict: "",
  startedOn: "",
  status: "active",
  publication: "draft",
  parties: [],
  sources: [],
  note: "",
  isCorrection: false,
};

/** Form values from a stored process (its snapshot, or a 409's current row). */
export function processFormValues(row: Record<string, unknown>): ProcessFormValues {
  const text = (key: string) => (typeof row[key] === "string" ? (row[key] as string) : "");
  const list = <T>(key: string) => (Array.isArray(row[key]) ? (row[key] as T[]) : []);
  return {
    ...blankProcess,
    name: text("name"),
    aliases: list<string>("aliases").join(", "),
    summary: text("summary"),
    conflict: text("conflict"),
    startedOn: text("startedOn"),
    status: (processStatuses as readonly string[]).includes(text("status"))
      ? (text("status") as ProcessFormValues["status"])
      : "active",
    publication: row.publication === "published" ? "published" : "draft",
    parties: list<{ partyId: string; role: (typeof processPartyRoles)[number] }>("parties"),
    sources: list<{ sourceId: string; excerpt: string | null }>("sources").map((s) => ({
      sourceId: s.sourceId,
      excerpt: s.excerpt ?? "",
    })),
  };
}
