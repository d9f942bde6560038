import "server-only";
import type { z } from "zod";
import { authorizeWrite, type Caller } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: 401 | 403 | 404; error: string }
  | { ok: false; status: 422; error: string; fieldErrors: FieldErrors }
  | { ok: false; status: 409; error: string; current: unknown };

function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
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
    const auth = await authorizeWrite(role);
    if (!auth.ok) return auth;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        status: 422,
        error: "Some fields are not valid",
        fieldErrors: fieldErrors(parsed.error),
      };
    }
    return run(parsed.data, auth.user);
  };
}
