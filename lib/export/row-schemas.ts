import { z } from "zod";
import {
  datePrecisions,
  eventFormats,
  eventKinds,
  eventPersonRoles,
  eventStatuses,
  participantRoles,
  partyKinds,
  positionKinds,
  processPartyRoles,
  processStatuses,
  publicationStates,
  revisionEntities,
  stances,
} from "@/lib/domain";
import { isoDate } from "@/lib/validation/common";
import type { ColumnKind, TableSpec } from "./tables";

const timestamp = z.iso.datetime({ precision: 6, message: "Use YYYY-MM-DDTHH:MM:SS.ffffffZ" });
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, "Must be an http(s) URL");
const slugText = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Lower-case letters, digits and single hyphens only");

const byKind: Record<ColumnKind, z.ZodType> = {
  uuid: z.uuid(),
  text: z.string(),
  int: z.number().int().min(1).max(2_147_483_647),
  bigint: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  float: z.number().finite(),
  date: isoDate,
  timestamptz: timestamp,
  textArray: z.array(z.string()),
  bool: z.boolean(),
  jsonb: z.json(),
};

/** Columns whose values are closed vocabularies or constrained text, per table. */
const overrides: Record<string, Record<string, z.ZodType>> = {
  "*": { publication: z.enum(publicationStates), slug: slugText, datePrecision: z.enum(datePrecisions) },
  parties: { kind: z.enum(partyKinds), color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Use #rrggbb") },
  events: {
    kind: z.enum(eventKinds),
    status: z.enum(eventStatuses),
    format: z.enum(eventFormats),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  },
  event_participants: { role: z.enum(participantRoles) },
  event_people: { role: z.enum(eventPersonRoles) },
  processes: { status: z.enum(processStatuses) },
  process_parties: { role: z.enum(processPartyRoles) },
  positions: { kind: z.enum(positionKinds), stance: z.enum(stances) },
  sources: { url: httpUrl, archivedUrl: httpUrl },
  revisions: { entity: z.enum(revisionEntities) },
};

/** Nullable columns, by the schema's NOT NULL constraints. */
const required: Record<string, string[]> = {
  "*": ["id", "slug", "name", "publication", "version", "createdAt", "updatedAt"],
  people: ["partyId"],
  processes: ["aliases", "summary", "status"],
  process_parties: ["processId", "partyId", "role"],
  process_sources: ["processId", "sourceId"],
  event_processes: ["eventId", "processId"],
  events: ["processId", "title", "summary", "kind", "status", "startsOn", "datePrecision"],
  event_participants: ["eventId", "partyId", "role"],
  event_people: ["eventId", "personId", "role"],
  event_sources: ["eventId", "sourceId"],
  positions: ["processId", "partyId", "topicId", "statedOn", "datePrecision", "kind", "stance", "summary"],
  position_sources: ["positionId", "sourceId"],
  sources: ["title"],
  parties: ["kind", "color", "aliases"],
  topics: ["aliases"],
  revisions: ["entity", "entityId", "snapshot", "isCorrection"],
};

/**
 * A strict zod schema for one row of `spec`: every column of the spec present
 * (internal ones may be absent from a public bundle), nothing else.
 */
export function rowSchema(spec: TableSpec): z.ZodType<Record<string, unknown>> {
  const mustHave = new Set([...(required["*"] ?? []), ...(required[spec.name] ?? [])]);
  const shape: Record<string, z.ZodType> = {};
  for (const col of spec.columns) {
    const base = overrides[spec.name]?.[col.key] ?? overrides["*"]?.[col.key] ?? byKind[col.kind];
    const value = mustHave.has(col.key) ? base : base.nullable();
    shape[col.key] = col.internal ? value.optional() : value;
  }
  let schema: z.ZodType<Record<string, unknown>> = z.strictObject(shape);
  if (spec.name === "events") {
    schema = schema.refine((e) => !e.endsOn || (e.startsOn as string) <= (e.endsOn as string), {
      message: "endsOn must not be before startsOn",
      path: ["endsOn"],
    });
  }
  return schema;
}
