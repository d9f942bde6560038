/** The SQLSTATE of a PostgreSQL error, through drizzle's wrapping (it keeps the driver's error as `cause`). */
function sqlState(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 3; depth++) {
    if ("code" in e && typeof e.code === "string") return e.code;
    e = "cause" in e ? e.cause : null;
  }
  return null;
}

/** 23505: a unique index refused the row (two editors raced for the same URL or slug). */
export const isUniqueViolation = (error: unknown) => sqlState(error) === "23505";

/**
 * The message of a refusal by the provenance triggers (migration 0004_provenance):
 * a published event or position left without a followable source. Null otherwise.
 */
export function provenanceViolation(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 3; depth++) {
    if ("constraint" in e && e.constraint === "published_needs_source" && "message" in e)
      return String(e.message);
    e = "cause" in e ? e.cause : null;
  }
  return null;
}

/** The server cannot be reached or is shutting down: a 503 to retry, not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state && /^(08|57P)/.test(state)) return true;
  const message = error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : "";
  return /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout/i.test(message);
}

/** 23503: a foreign key points at a row that does not exist (any more). */
export const isForeignKeyViolation = (error: unknown) => sqlState(error) === "23503";

/**
 * Runs `insert` again when a unique index refused it: two editors creating the
 * same name at once can both pick the same free slug, and the loser simply
 * picks the next one. Other errors, and the last attempt's, are thrown.
 */
export async function retryOnUniqueViolation<T>(insert: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}
