import { z } from "zod";
import { versionNumber } from "./common";
import { eventInput } from "./events";
import { sourceInput } from "./sources";

/**
 * Bodies of the write API. The data part is the forms' own schema, so the API
 * cannot accept what a form would refuse; unknown keys (id, slug, createdBy,
 * timestamps…) are stripped by zod, so clients cannot set them.
 */
/** The API names the row in its URL, so its body carries only the version it was edited from. */
export const editedVersion = z.object({ version: versionNumber });

/** PostgreSQL text and jsonb cannot hold U+0000; find such strings before they reach a query. */
export function nulIssues(value: unknown, path: (string | number)[] = []): z.core.$ZodIssue[] {
  if (typeof value === "string")
    return value.includes("\u0000")
      ? [{ code: "custom", path, message: "Contains a NUL character", input: value }]
      : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulIssues(v, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => nulIssues(v, [...path, k]));
  return [];
}

type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

function combine<T>(body: unknown, parts: z.ZodSafeParseResult<unknown>[], data: () => T): Parsed<T> {
  const issues = [...nulIssues(body), ...parts.flatMap((p) => (p.success ? [] : p.error.issues))];
  return issues.length ? { success: false, error: new z.ZodError(issues) } : { success: true, data: data() };
}

export function parseEventCreate(body: unknown): Parsed<z.output<typeof eventInput>> {
  const data = eventInput.safeParse(body);
  return combine(body, [data], () => data.data as z.output<typeof eventInput>);
}

/** PATCH carries the whole event plus the version it was edited from. */
export function parseEventUpdate(
  body: unknown,
): Parsed<{ version: number; data: z.output<typeof eventInput> }> {
  const version = editedVersion.safeParse(body);
  const data = eventInput.safeParse(body);
  return combine(body, [version, data], () => ({
    version: (version.data as { version: number }).version,
    data: data.data as z.output<typeof eventInput>,
  }));
}

export function parseVersionRef(body: unknown): Parsed<{ version: number }> {
  const version = editedVersion.safeParse(body);
  return combine(body, [version], () => version.data as { version: number });
}

export function parseSourceCreate(body: unknown): Parsed<z.output<typeof sourceInput>> {
  const data = sourceInput.safeParse(body);
  return combine(body, [data], () => data.data as z.output<typeof sourceInput>);
}

/** The account page's token forms. */
export const apiTokenCreate = z.object({
  name: z.string().trim().min(1, "Name the token (what uses it?)").max(100, "At most 100 characters"),
});
export const apiTokenRevoke = z.object({ id: z.uuid() });
