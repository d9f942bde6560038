import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { events, parties, people, sources } from "@/db/schema";
import { userFromBearer } from "@/lib/auth/api-token";
import type { Caller } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { createEvent, deleteEvent, type EventSnapshot, updateEvent } from "@/lib/services/events";
import { isForeignKeyViolation, provenanceViolation } from "@/lib/services/pg-errors";
import { ProcessRequiredError } from "@/lib/services/process-default";
import { createSource } from "@/lib/services/sources";
import {
  parseEventCreate,
  parseEventUpdate,
  parseSourceCreate,
  parseVersionRef,
} from "@/lib/validation/api-write";
import { idParam, slugOrIdParam } from "@/lib/validation/directory-query";
import type { EventInput } from "@/lib/validation/events";
import { type ProblemBody, problemBody, validationProblemBody } from "./problem";

/** What a write endpoint produced, before HTTP; route handlers send it, tests call it directly. */
export type WriteResult =
  | { status: 200 | 201; body: unknown }
  | { status: 400 | 401 | 403 | 404 | 409 | 422; body: ProblemBody & Record<string, unknown> };

/** The parts of a request a write needs; a Request satisfies it after `await request.text()`. */
export type WriteRequest = { headers: Headers; body: string };

type Step<T> = { ok: true; value: T } | { ok: false; result: WriteResult };

function parseJson(text: string): Step<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      result: { status: 400, body: problemBody(400, "Malformed JSON", { detail: "The body is not JSON." }) },
    };
  }
}

function validated<T>(parsed: { success: true; data: T } | { success: false; error: z.ZodError }): Step<T> {
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, result: { status: 422, body: validationProblemBody(parsed.error) } };
}

/**
 * Only bearer tokens authenticate here: session cookies are never read, so a
 * page on another site cannot make a signed-in browser write (no CSRF), and no
 * Origin check is needed.
 */
async function authenticate(db: Database, headers: Headers, required: Role): Promise<Step<Caller>> {
  const user = await userFromBearer(db, headers.get("authorization"));
  if (!user) {
    const detail = headers.get("authorization")
      ? "The token is not valid or has been revoked."
      : "Send Authorization: Bearer <token>; create a token on your account page. Cookies are not accepted here.";
    return { ok: false, result: { status: 401, body: problemBody(401, "Unauthorized", { detail }) } };
  }
  if (required === "admin" && user.role !== "admin")
    return {
      ok: false,
      result: { status: 403, body: problemBody(403, "Forbidden", { detail: "Admins only." }) },
    };
  return { ok: true, value: user };
}

/** Links must point at existing parties, people and sources; a 422 names the offending entries. */
async function missingLinks(db: Database, input: EventInput): Promise<WriteResult | null> {
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
  if (!Object.keys(errors).length) return null;
  return {
    status: 422,
    body: problemBody(422, "Invalid request", { detail: "Some links point at nothing.", errors }),
  };
}

/** A slug or id → the event's id; deleted events count as absent for the API. */
async function resolveEvent(db: Database, rawKey: string): Promise<Step<string>> {
  const notFound: Step<string> = {
    ok: false,
    result: { status: 404, body: problemBody(404, "Not found", { detail: `No event "${rawKey}".` }) },
  };
  const key = slugOrIdParam.safeParse(rawKey);
  if (!key.success) return notFound;
  const isId = idParam.safeParse(key.data).success;
  const [row] = await db
    .select({ id: events.id, deletedAt: events.deletedAt })
    .from(events)
    .where(isId ? eq(events.id, key.data) : eq(events.slug, key.data));
  return row && !row.deletedAt ? { ok: true, value: row.id } : notFound;
}

/** Refusals found only while writing (no source, no process to default to, a link to nothing) as 422s. */
async function refusedUnsourced<T>(write: () => Promise<T>): Promise<T | WriteResult> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ProcessRequiredError)
      return {
        status: 422,
        body: problemBody(422, "Invalid request", {
          detail: error.message,
          errors: { processId: [error.message] },
        }),
      };
    if (isForeignKeyViolation(error))
      return {
        status: 422,
        body: problemBody(422, "Invalid request", {
          detail: "A linked row (process, party, person or source) does not exist.",
        }),
      };
    const message = provenanceViolation(error);
    if (!message) throw error;
    return {
      status: 422,
      body: problemBody(422, "Invalid request", { detail: message, errors: { sources: [message] } }),
    };
  }
}

function conflict(current: EventSnapshot): WriteResult {
  return {
    status: 409,
    body: {
      ...problemBody(409, "Conflict", {
        detail: `The event changed since the version you sent; it is now at version ${current.version}.`,
      }),
      currentVersion: current.version,
      current,
    },
  };
}

/** POST /api/v1/events */
export async function apiCreateEvent(db: Database, req: WriteRequest): Promise<WriteResult> {
  // Authenticate before reading the body: a stranger learns nothing from validation messages.
  const user = await authenticate(db, req.headers, "editor");
  if (!user.ok) return user.result;
  const json = parseJson(req.body);
  if (!json.ok) return json.result;
  const input = validated(parseEventCreate(json.value));
  if (!input.ok) return input.result;
  const missing = await missingLinks(db, input.value);
  if (missing) return missing;
  const { note, isCorrection } = input.value;
  return refusedUnsourced(async () => {
    const saved = await createEvent(db, input.value, { userId: user.value.id, note, isCorrection });
    return { status: 201, body: saved };
  });
}

/** PATCH /api/v1/events/{key} — the whole event plus the version it was edited from. */
export async function apiUpdateEvent(db: Database, rawKey: string, req: WriteRequest): Promise<WriteResult> {
  // Authenticate before reading the body: a stranger learns nothing from validation messages.
  const user = await authenticate(db, req.headers, "editor");
  if (!user.ok) return user.result;
  const json = parseJson(req.body);
  if (!json.ok) return json.result;
  const input = validated(parseEventUpdate(json.value));
  if (!input.ok) return input.result;
  const id = await resolveEvent(db, rawKey);
  if (!id.ok) return id.result;
  const { data, version } = input.value;
  const missing = await missingLinks(db, data);
  if (missing) return missing;
  const result = await refusedUnsourced(() =>
    updateEvent(db, id.value, version, data, {
      userId: user.value.id,
      note: data.note,
      isCorrection: data.isCorrection,
    }),
  );
  if ("status" in result) return result;
  if (result.ok) return { status: 200, body: result.value };
  if (result.reason === "conflict") return conflict(result.current);
  return { status: 404, body: problemBody(404, "Not found", { detail: `No event "${rawKey}".` }) };
}

/** DELETE /api/v1/events/{key} — soft delete, as the editor form does; body `{ "version": n }`. */
export async function apiDeleteEvent(db: Database, rawKey: string, req: WriteRequest): Promise<WriteResult> {
  // Authenticate before reading the body: a stranger learns nothing from validation messages.
  const user = await authenticate(db, req.headers, "editor");
  if (!user.ok) return user.result;
  const json = parseJson(req.body);
  if (!json.ok) return json.result;
  const input = validated(parseVersionRef(json.value));
  if (!input.ok) return input.result;
  const id = await resolveEvent(db, rawKey);
  if (!id.ok) return id.result;
  const result = await deleteEvent(db, id.value, input.value.version, { userId: user.value.id });
  if (result.ok) return { status: 200, body: result.value };
  if (result.reason === "conflict") return conflict(result.current);
  return { status: 404, body: problemBody(404, "Not found", { detail: `No event "${rawKey}".` }) };
}

/** POST /api/v1/sources — a URL already stored answers 409 with the existing source. */
export async function apiCreateSource(db: Database, req: WriteRequest): Promise<WriteResult> {
  // Authenticate before reading the body: a stranger learns nothing from validation messages.
  const user = await authenticate(db, req.headers, "editor");
  if (!user.ok) return user.result;
  const json = parseJson(req.body);
  if (!json.ok) return json.result;
  const input = validated(parseSourceCreate(json.value));
  if (!input.ok) return input.result;
  const result = await createSource(db, input.value, { userId: user.value.id });
  if (result.created) return { status: 201, body: result.source };
  return {
    status: 409,
    body: {
      ...problemBody(409, "Conflict", { detail: "A source with this URL exists." }),
      existing: result.existing,
    },
  };
}

/** A WriteResult as HTTP; never cached. */
export function writeResponse(result: WriteResult): Response {
  const type = result.status >= 400 ? "application/problem+json" : "application/json; charset=utf-8";
  return new Response(JSON.stringify(result.body), {
    status: result.status,
    headers: { "Content-Type": type, "Cache-Control": "no-store" },
  });
}
