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

/** The errors a query meets while its server is unreachable, restarting or shutting down. */
const unavailableMessages = [
  "terminating connection",
  "connection terminated",
  "the database system is",
  "timeout exceeded when trying to connect",
  "client has encountered a connection error",
  "connection refused",
  "connection timeout",
];
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
]);

/**
 * The server cannot be reached or is shutting down: a 503 to retry, not a bug. True when `error`
 * says so rather than that the query was wrong: a refused or dropped connection, an operator
 * intervention (57P: admin or crash shutdown, not yet accepting connections), a
 * connection-exception SQLSTATE (class 08). The one place this is decided.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): boolean => {
    if (!e || typeof e !== "object" || depth > 5 || seen.has(e)) return false;
    seen.add(e);
    const code = "code" in e && typeof e.code === "string" ? e.code : "";
    if (unavailableCodes.has(code) || /^(08|57P)/.test(code)) return true;
    const message = "message" in e && typeof e.message === "string" ? e.message.toLowerCase() : "";
    // A SQLSTATE of another class (a constraint, a syntax error) is the query's fault, whatever it says.
    if (!/^[0-9A-Z]{5}$/.test(code) && unavailableMessages.some((m) => message.includes(m))) return true;
    // Node reports a refused dual-stack connect as an AggregateError of one error per address.
    if ("errors" in e && Array.isArray(e.errors) && e.errors.some((inner) => visit(inner, depth + 1)))
      return true;
    return "cause" in e ? visit(e.cause, depth + 1) : false;
  };
  return visit(error, 0);
}
