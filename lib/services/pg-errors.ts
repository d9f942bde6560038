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
