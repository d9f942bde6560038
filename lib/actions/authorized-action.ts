import "server-only";
import type { z } from "zod";
import { authorizeWrite, type Caller } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { databaseWasUnavailable } from "@/lib/net/database-outage.mjs";
import { type Failure, failed, fieldErrorsOf, invalid, type Result, unavailable } from "@/lib/result";
import { isDatabaseUnavailable, provenanceViolation } from "@/lib/services/pg-errors";
import { ProcessRequiredError } from "@/lib/services/process-default";

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
function thrown(error: unknown): Failure<never> {
  const unsourced = provenanceViolation(error);
  if (unsourced) return invalid({ sources: [unsourced] }, unsourced);
  if (error instanceof ProcessRequiredError) return invalid({ processId: [error.message] }, error.message);
  if (isDatabaseUnavailable(error)) return unavailable;
  console.error("[action] failed", error);
  return failed;
}

/**
 * The one wrapper for server actions: authorize (origin, session, role), parse
 * with the input's zod schema — which drops any field the client must not set —
 * then run. Each exported action is a public endpoint, so none skips this.
 */
export function authorizedAction<S extends z.ZodType, T, C = never>(
  role: Role,
  schema: S,
  run: (input: z.output<S>, user: Caller) => Promise<Result<T, C>>,
): (raw: unknown) => Promise<Result<T, C>> {
  return async (raw) => {
    let auth: Awaited<ReturnType<typeof authorizeWrite>>;
    try {
      auth = await authorizeWrite(role);
    } catch (error) {
      return thrown(error); // the session could not be read
    }
    // Nor is a session lost for want of a database (the read failed quietly) "Sign in first".
    if (!auth.ok) return databaseWasUnavailable() ? unavailable : auth;
    const nul = pathWithNul(raw);
    if (nul !== null) return invalid({ [nul || "_"]: ["Text cannot contain NUL characters"] });
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    try {
      return await run(parsed.data, auth.value);
    } catch (error) {
      return thrown(error);
    }
  };
}
