/**
 * The one result every write returns — services, server actions and the write
 * API alike. A failure's `status` is its typed error and doubles as the HTTP
 * status, so `toResponse` (lib/api/problem.ts) and the forms' error mapping
 * read the same value. Client-safe: forms import these types.
 */
import type { z } from "zod";

/** Field path → messages; an action's payload paths may start with "data.". */
export type FieldErrors = Record<string, string[]>;

export type Failure<C = unknown> =
  /** 400 malformed body, 401 not signed in, 403 forbidden, 404 not found, 500 failed, 503 unavailable. */
  | { ok: false; status: 400 | 401 | 403 | 404 | 500 | 503; error: string }
  /** Invalid input, by field. */
  | { ok: false; status: 422; error: string; fieldErrors: FieldErrors }
  /** A stale version (or a duplicate): `current` is the row as it is now. */
  | { ok: false; status: 409; error: string; current: C };

export type Result<T, C = unknown> = { ok: true; value: T } | Failure<C>;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const invalid = (fieldErrors: FieldErrors, error = "Some fields are not valid"): Failure<never> => ({
  ok: false,
  status: 422,
  error,
  fieldErrors,
});

export const conflict = <C>(current: C, error = "Someone saved this after you opened it"): Failure<C> => ({
  ok: false,
  status: 409,
  error,
  current,
});

export const unauthenticated = (error = "Sign in first"): Failure<never> => ({
  ok: false,
  status: 401,
  error,
});

export const forbidden = (error = "Forbidden"): Failure<never> => ({ ok: false, status: 403, error });

export const notFound = (error = "Not found"): Failure<never> => ({ ok: false, status: 404, error });

export const unavailable: Failure<never> = {
  ok: false,
  status: 503,
  error: "The database is unavailable; nothing was saved. Try again shortly.",
};

export const failed: Failure<never> = {
  ok: false,
  status: 500,
  error: "Something went wrong on our side; nothing was saved. Try again.",
};

/** zod's issues as field errors: one list of messages per path ("_" for the whole input). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

/**
 * The same outcome with another value and, per status, the wording this caller
 * uses ("Someone saved this event after you opened it"); a conflict's `current`
 * becomes `toCurrent(current)`, e.g. a snapshot as form values.
 */
export function mapResult<T, C, U, D>(
  result: Result<T, C>,
  toValue: (value: T) => U,
  toCurrent: (current: C) => D,
  words: Partial<Record<Failure["status"], string>> = {},
): Result<U, D> {
  if (result.ok) return ok(toValue(result.value));
  const error = words[result.status] ?? result.error;
  if (result.status === 409) return conflict(toCurrent(result.current), error);
  return { ...result, error };
}

/**
 * The result of calling `run`, even when it throws: a server action whose
 * request is lost (no connection) or answered with an error page rejects in
 * the browser, and a form must still say so and keep what was typed.
 */
export async function reached<T, C>(run: () => Promise<Result<T, C>>): Promise<Result<T, C>> {
  try {
    return await run();
  } catch {
    return {
      ok: false,
      status: 500,
      error: "The save did not go through (connection lost or a server error); your text is kept. Try again.",
    };
  }
}

/** Field errors as react-hook-form paths, the first message each; an action's "data." prefix is dropped. */
export function formErrors(fieldErrors: FieldErrors): [path: string, message: string][] {
  return Object.entries(fieldErrors).flatMap(([key, messages]) =>
    messages[0] === undefined ? [] : [[key.replace(/^data\./, ""), messages[0]] as [string, string]],
  );
}
