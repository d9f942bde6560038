import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { events, parties, people, sources } from "@/db/schema";
import { userFromBearer } from "@/lib/auth/api-token";
import type { Caller } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import {
  conflict,
  type Failure,
  fieldErrorsOf,
  forbidden,
  invalid,
  notFound,
  ok,
  type Result,
  unauthenticated,
} from "@/lib/result";
import { createEvent, deleteEvent, type EventSnapshot, updateEvent } from "@/lib/services/events";
import { isForeignKeyViolation, provenanceViolation } from "@/lib/services/pg-errors";
import { ProcessRequiredError } from "@/lib/services/process-default";
import { editMeta } from "@/lib/services/revisions";
import { createSource } from "@/lib/services/sources";
import {
  parseEventCreate,
  parseEventUpdate,
  parseSourceCreate,
  parseVersionRef,
} from "@/lib/validation/api-write";
import { idParam, slugOrIdParam } from "@/lib/validation/directory-query";
import type { EventInput } from "@/lib/validation/events";
import { toResponse } from "./problem";

/** The parts of a request a write needs; a Request satisfies it after `await request.text()`. */
export type WriteRequest = { headers: Headers; body: string };

function parseJson(text: string): Result<unknown, never> {
  try {
    return ok(JSON.parse(text));
  } catch {
    return { ok: false, status: 400, error: "The body is not JSON." };
  }
}

function validated<T>(parsed: { success: true; data: T } | { success: false; error: z.ZodError }) {
  return parsed.success
    ? ok(parsed.data)
    : invalid(fieldErrorsOf(parsed.error), "Some parameters are not valid.");
}

/**
 * Only bearer tokens authenticate here: session cookies are never read, so a
 * page on another site cannot make a signed-in browser write (no CSRF), and no
 * Origin check is needed.
 */
async function authenticate(db: Database, headers: Headers, required: Role): Promise<Result<Caller, never>> {
  const user = await userFromBearer(db, headers.get("authorization"));
  if (!user)
    return unauthenticated(
      headers.get("authorization")
        ? "The token is not valid or has been revoked."
        : "Send Authorization: Bearer <token>; create a token on your account page. Cookies are not accepted here.",
    );
  if (required === "admin" && user.role !== "admin") return forbidden("Admins only.");
  return ok(user);
}

/** Links must point at existing parties, people and sources; a 422 names the offending entries. */
async function missingLinks(db: Database, input: EventInput): Promise<Failure<never> | null> {
  const errors: Record<string, string[]> = {};
  const partyIds = [...new Set(input.participants.map((p) => p.partyId))];
  const sourceIds = [...new Set(input.sources.map((s) => s.sourceId))];
  const personIds = [...new Set(input.people.map((p) => p.personId))];
  const knownPeople = new Set(
    personIds.length
      ? (await db.select({ id: people.id }).from(people).where(inArray(people.id, personIds))).map(
          (r) => r.id,
        )
      : [],
  );
  const knownParties = new Set(
    partyIds.length
      ? (await db.select({ id: parties.id }).from(parties).where(inArray(parties.id, partyIds))).map(
          (r) => r.id,
        )
      : [],
  );
  const knownSources = new Set(
    sourceIds.length
      ? (await db.select({ id: sources.id }).from(sources).where(inArray(sources.id, sourceIds))).map(
          (r) => r.id,
        )
      : [],
  );
  input.participants.forEach((p, i) => {
    if (!knownParties.has(p.partyId)) errors[`participants.${i}.partyId`] = ["No such party"];
  });
  input.people.forEach((p, i) => {
    if (!knownPeople.has(p.personId)) errors[`people.${i}.personId`] = ["No such person"];
  });
  input.sources.forEach((s, i) => {
    if (!knownSources.has(s.sourceId)) errors[`sources.${i}.sourceId`] = ["No such source"];
  });
  return Object.keys(errors).length ? invalid(errors, "Some links point at nothing.") : null;
}

/** A slug or id → the event's id; deleted events count as absent for the API. */
async function resolveEvent(db: Database, rawKey: string): Promise<Result<string, never>> {
  const absent = notFound(`No event "${rawKey}".`);
  const key = slugOrIdParam.safeParse(rawKey);
  if (!key.success) return absent;
  const isId = idParam.safeParse(key.data).success;
  const [row] = await db
    .select({ id: events.id, deletedAt: events.deletedAt })
    .from(events)
    .where(isId ? eq(events.id, key.data) : eq(events.slug, key.data));
  return row && !row.deletedAt ? ok(row.id) : absent;
}

/** Refusals found only while writing (no source, no process to default to, a link to nothing) as 422s. */
async function refusedUnsourced<T, C>(write: () => Promise<Result<T, C>>): Promise<Result<T, C>> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ProcessRequiredError) return invalid({ processId: [error.message] }, error.message);
    if (isForeignKeyViolation(error))
      return invalid({}, "A linked row (process, party, person or source) does not exist.");
    const message = provenanceViolation(error);
    if (!message) throw error;
    return invalid({ sources: [message] }, message);
  }
}

/** A 409 names the version the event is at now and carries it, as the OpenAPI document says. */
function answer(result: Result<unknown, EventSnapshot>, rawKey: string): Response {
  if (result.ok || result.status !== 409)
    return toResponse(!result.ok && result.status === 404 ? notFound(`No event "${rawKey}".`) : result);
  const { current } = result;
  return toResponse(
    conflict(
      current,
      `The event changed since the version you sent; it is now at version ${current.version}.`,
    ),
    { members: { currentVersion: current.version } },
  );
}

/** The caller, then the body as `parse` reads it: 401 before anything else is read, then 400 or 422. */
async function authenticatedInput<T>(
  db: Database,
  req: WriteRequest,
  parse: (body: unknown) => { success: true; data: T } | { success: false; error: z.ZodError },
): Promise<Result<{ user: Caller; input: T }, never>> {
  // Authenticate before reading the body: a stranger learns nothing from validation messages.
  const user = await authenticate(db, req.headers, "editor");
  if (!user.ok) return user;
  const json = parseJson(req.body);
  if (!json.ok) return json;
  const input = validated(parse(json.value));
  return input.ok ? ok({ user: user.value, input: input.value }) : input;
}

/** POST /api/v1/events */
export async function apiCreateEvent(db: Database, req: WriteRequest): Promise<Response> {
  const call = await authenticatedInput(db, req, parseEventCreate);
  if (!call.ok) return toResponse(call);
  const { user, input } = call.value;
  const missing = await missingLinks(db, input);
  if (missing) return toResponse(missing);
  const { note, isCorrection } = input;
  const result = await refusedUnsourced(async () =>
    ok(await createEvent(db, input, { userId: user.id, note, isCorrection })),
  );
  return toResponse(result, { status: 201 });
}

/** PATCH /api/v1/events/{key} — the whole event plus the version it was edited from. */
export async function apiUpdateEvent(db: Database, rawKey: string, req: WriteRequest): Promise<Response> {
  const call = await authenticatedInput(db, req, parseEventUpdate);
  if (!call.ok) return toResponse(call);
  const { user, input } = call.value;
  const id = await resolveEvent(db, rawKey);
  if (!id.ok) return toResponse(id);
  const { data, version } = input;
  const missing = await missingLinks(db, data);
  if (missing) return toResponse(missing);
  const result = await refusedUnsourced(() => updateEvent(db, id.value, version, data, editMeta(user, data)));
  return answer(result, rawKey);
}

/** DELETE /api/v1/events/{key} — soft delete, as the editor form does; body `{ "version": n }`. */
export async function apiDeleteEvent(db: Database, rawKey: string, req: WriteRequest): Promise<Response> {
  const call = await authenticatedInput(db, req, parseVersionRef);
  if (!call.ok) return toResponse(call);
  const id = await resolveEvent(db, rawKey);
  if (!id.ok) return toResponse(id);
  const { user, input } = call.value;
  return answer(await deleteEvent(db, id.value, input.version, { userId: user.id }), rawKey);
}

/** POST /api/v1/sources — a URL already stored answers 409 with the existing source. */
export async function apiCreateSource(db: Database, req: WriteRequest): Promise<Response> {
  const call = await authenticatedInput(db, req, parseSourceCreate);
  if (!call.ok) return toResponse(call);
  const { user, input } = call.value;
  const result = await createSource(db, input, { userId: user.id });
  if (result.created) return toResponse(ok(result.source), { status: 201 });
  return toResponse(conflict(result.existing, "A source with this URL exists."), {
    members: { existing: result.existing },
  });
}
