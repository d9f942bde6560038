import { uniqueBy } from "./unique-by";
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  type Event,
  eventParticipants,
  eventPeople,
  eventProcesses,
  eventSources,
  events,
} from "@/db/schema";
import type { EventPersonRole, ParticipantRole } from "@/lib/domain";
import { personRoleOrder } from "@/lib/queries/events";
import type { EventInput } from "@/lib/validation/events";
import { retryOnUniqueViolation } from "./pg-errors";
import { defaultProcessId } from "./process-default";
import { type RevisionMeta, type Tx, writeRevision } from "./revisions";
import { allocateSlug } from "./slugs";
import { restoreVersion, type SaveResult, saveVersion, setDeleted, type VersionedKind } from "./versioned";

/** An event with its links: what a revision stores and what the form edits. */
export type EventSnapshot = Event & {
  participants: { partyId: string; role: ParticipantRole }[];
  /** Absent from revisions written before people could be linked. */
  people: { personId: string; role: EventPersonRole }[];
  sources: { sourceId: string; excerpt: string | null }[];
  /** Other processes the event concerns; absent from revisions written before they could be listed. */
  otherProcessIds?: string[];
};

function rowValues(input: EventInput) {
  return {
    title: input.title,
    summary: input.summary,
    kind: input.kind,
    status: input.status,
    format: input.format ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    datePrecision: input.datePrecision,
    locationName: input.locationName ?? null,
    country: input.country ?? null,
    publication: input.publication,
    ...(input.processId ? { processId: input.processId } : {}),
  };
}

async function replaceLinks(
  tx: Tx,
  eventId: string,
  input: Pick<EventInput, "participants" | "people" | "sources" | "otherProcessIds">,
) {
  await replaceOtherProcesses(tx, eventId, input.otherProcessIds);
  await tx.delete(eventParticipants).where(eq(eventParticipants.eventId, eventId));
  await tx.delete(eventPeople).where(eq(eventPeople.eventId, eventId));
  await tx.delete(eventSources).where(eq(eventSources.eventId, eventId));
  // Duplicates from the form would break the primary keys; the first one wins.
  const participants = uniqueBy(input.participants, (p) => `${p.partyId}:${p.role}`);
  const people = uniqueBy(input.people, (p) => `${p.personId}:${p.role}`);
  const sources = uniqueBy(input.sources, (s) => s.sourceId);
  if (participants.length)
    await tx.insert(eventParticipants).values(participants.map((p) => ({ ...p, eventId })));
  if (people.length) await tx.insert(eventPeople).values(people.map((p) => ({ ...p, eventId })));
  if (sources.length)
    await tx
      .insert(eventSources)
      .values(sources.map((s) => ({ eventId, sourceId: s.sourceId, excerpt: s.excerpt ?? null })));
}

/** The other processes an event concerns: never its own, each once. */
async function replaceOtherProcesses(tx: Tx, eventId: string, ids: readonly string[]) {
  await tx.delete(eventProcesses).where(eq(eventProcesses.eventId, eventId));
  const [own] = await tx.select({ processId: events.processId }).from(events).where(eq(events.id, eventId));
  const others = [...new Set(ids)].filter((id) => id !== own?.processId);
  if (others.length)
    await tx.insert(eventProcesses).values(others.map((processId) => ({ eventId, processId })));
}

/** The event with its links, including drafts and deleted rows (editors see everything). */
export async function getEventSnapshot(db: Database | Tx, id: string): Promise<EventSnapshot | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  if (!row) return null;
  const participants = await db
    .select({ partyId: eventParticipants.partyId, role: eventParticipants.role })
    .from(eventParticipants)
    .where(eq(eventParticipants.eventId, id));
  // Ordered so a snapshot (and so a revision diff) does not depend on insertion order: as readers
  // see the room (heads of delegation first), then by id.
  const linkedPeople = await db
    .select({ personId: eventPeople.personId, role: eventPeople.role })
    .from(eventPeople)
    .where(eq(eventPeople.eventId, id))
    .orderBy(personRoleOrder, eventPeople.personId);
  const sources = await db
    .select({ sourceId: eventSources.sourceId, excerpt: eventSources.excerpt })
    .from(eventSources)
    .where(eq(eventSources.eventId, id));
  const others = await db
    .select({ processId: eventProcesses.processId })
    .from(eventProcesses)
    .where(eq(eventProcesses.eventId, id))
    .orderBy(eventProcesses.processId);
  return {
    ...row,
    participants,
    people: linkedPeople,
    sources,
    otherProcessIds: others.map((o) => o.processId),
  };
}

/** One transaction: the event, its links and revision 1; a slug lost to a concurrent create is picked again. */
export function createEvent(db: Database, input: EventInput, meta: RevisionMeta): Promise<EventSnapshot> {
  return retryOnUniqueViolation(() => insertEvent(db, input, meta));
}

async function insertEvent(db: Database, input: EventInput, meta: RevisionMeta): Promise<EventSnapshot> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(events)
      .values({
        ...rowValues(input),
        processId: await defaultProcessId(tx, input.processId),
        slug: await allocateSlug(tx, events, input.title, "event"),
        createdBy: meta.userId,
        updatedBy: meta.userId,
      })
      .returning({ id: events.id });
    if (!row) throw new Error("insert returned no row");
    await replaceLinks(tx, row.id, input);
    const snapshot = await getEventSnapshot(tx, row.id);
    if (!snapshot) throw new Error("created event vanished");
    await writeRevision(tx, "event", row.id, snapshot.version, snapshot, meta);
    return snapshot;
  });
}

const eventKind: VersionedKind<EventSnapshot, EventInput> = {
  entity: "event",
  load: getEventSnapshot,
  toInput: snapshotToInput,
  async write(tx, id, baseVersion, input, set) {
    const [row] = await tx
      .update(events)
      .set({ ...rowValues(input), ...set })
      .where(and(eq(events.id, id), eq(events.version, baseVersion)))
      .returning({ id: events.id });
    if (row) await replaceLinks(tx, id, input);
    return row !== undefined;
  },
};

/** Saves `input` over the version the editor started from; see saveVersion. */
export function updateEvent(
  db: Database,
  id: string,
  baseVersion: number,
  input: EventInput,
  meta: RevisionMeta,
): Promise<SaveResult<EventSnapshot>> {
  return saveVersion(db, eventKind, id, baseVersion, input, meta);
}

/** The form values that reproduce a snapshot; used for restore and for re-applying after a conflict. */
export function snapshotToInput(s: EventSnapshot): EventInput {
  return {
    processId: s.processId,
    title: s.title,
    summary: s.summary,
    kind: s.kind,
    status: s.status,
    format: s.format ?? null,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    datePrecision: s.datePrecision,
    locationName: s.locationName,
    country: s.country,
    publication: s.publication,
    participants: s.participants.map((p) => ({
      partyId: p.partyId,
      role: p.role,
    })),
    people: (s.people ?? []).map((p) => ({
      personId: p.personId,
      role: p.role,
    })),
    sources: s.sources,
    otherProcessIds: s.otherProcessIds ?? [],
    note: null,
    isCorrection: false,
  };
}

/** Soft delete: the row stays, with its history, and readers stop seeing it. */
export const deleteEvent = (db: Database, id: string, baseVersion: number, meta: RevisionMeta) =>
  setDeleted(db, eventKind, id, baseVersion, true, meta);

/** Admin restore of a deleted event. */
export const undeleteEvent = (db: Database, id: string, baseVersion: number, meta: RevisionMeta) =>
  setDeleted(db, eventKind, id, baseVersion, false, meta);

/** Restoring an old version saves its content as a new version; history only grows. */
export const restoreEventRevision = (
  db: Database,
  id: string,
  version: number,
  baseVersion: number,
  meta: RevisionMeta,
) => restoreVersion(db, eventKind, id, version, baseVersion, meta);
