import "server-only";
import type { z } from "zod";
import { authorizeWrite, type Caller } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { databaseWasUnavailable } from "@/lib/net/database-outage.mjs";
import { isDatabaseUnavailable, provenanceViolation } from "@/lib/services/pg-errors";
import { ProcessRequiredError } from "@/lib/services/process-default";

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: 401 | 403 | 404; error: string }
  | { ok: false; status: 422; error: string; fieldErrors: FieldErrors }
  | { ok: false; status: 409; error: string; current: unknown }
  | { ok: false; status: 500 | 503; error: string };

function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

const unavailable = {
  ok: false,
  status: 503,
  error: "The database is unavailable; nothing was saved. Try again shortly.",
} as const;

/**
 * The path of the first string holding a NUL character, or null. PostgreSQL
 * text cannot store NUL, so it is refused for every action here, before any
 * schema, rather than as a database error.
 */
export function pathWithNul(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") : null;
  if (depth > 20 || value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = pathWithNul(inner, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * An action that threw still answers: the form keeps the text and says what
 * happened, instead of an unhandled rejection in the browser. A row the
 * database refused for want of a source is a field error like any other.
 */
function failed<T>(error: unknown): ActionResult<T> {
  const unsourced = provenanceViolation(error);
  if (unsourced) return { ok: false, status: 422, error: unsourced, fieldErrors: { sources: [unsourced] } };
  if (error instanceof ProcessRequiredError)
    return { ok: false, status: 422, error: error.message, fieldErrors: { processId: [error.message] } };
  if (isDatabaseUnavailable(error)) return unavailable;
  console.error("[action] failed", error);
  return { ok: false, status: 500, error: "Something went wrong on our side; nothing was saved. Try again." };
}

/**
 * The one wrapper for server actions: authorize (origin, session, role), parse
 * with the input's zod schema — which drops any field the client must not set —
 * then run. Each exported action is a public endpoint, so none skips this.
 */
export function authorizedAction<S extends z.ZodType, T>(
  role: Role,
  schema: S,
  run: (input: z.output<S>, user: Caller) => Promise<ActionResult<T>>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    let auth: Awaited<ReturnType<typeof authorizeWrite>>;
    try {
      auth = await authorizeWrite(role);
    } catch (error) {
      return failed(error); // the session could not be read
    }
    // Nor is a session lost for want of a database (the read failed quietly) "Sign in first".
    if (!auth.ok) return databaseWasUnavailable() ? unavailable : auth;
    const nul = pathWithNul(raw);
    if (nul !== null)
      return {
        ok: false,
        status: 422,
        error: "Some fields are not valid",
        fieldErrors: { [nul || "_"]: ["Text cannot contain NUL characters"] },
      };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        status: 422,
        error: "Some fields are not valid",
        fieldErrors: fieldErrors(parsed.error),
      };
    }
    try {
      return await run(parsed.data, auth.user);
    } catch (error) {
      return failed(error);
    }
  };
}
