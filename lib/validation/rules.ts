/**
 * The rules behind the zod schemas, as plain functions, so client code can
 * apply them without shipping zod (the URL view resolver runs in the browser).
 */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A calendar day 'YYYY-MM-DD' that exists (2022-02-30 does not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function isSlug(value: string): boolean {
  return value.length <= 120 && SLUG_PATTERN.test(value);
}

export const MAX_QUERY_LENGTH = 200;

/**
 * Search text as it is matched: control characters (NUL above all, which
 * PostgreSQL text cannot hold) become spaces, and the ends are trimmed. The
 * rule behind the search-text schema, plain so the browser can apply it too.
 */
export function cleanSearchText(raw: string): string {
  // \p{Cc}, not a literal range: the linter rightly flags raw control characters in regexes.
  return raw.replace(/\p{Cc}/gu, " ").trim();
}
