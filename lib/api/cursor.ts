/**
 * Opaque pagination cursors: the sort key of the last row served, as base64url
 * JSON. Clients must treat them as opaque; the server validates every decoded
 * value (see cursorParam) before it reaches a query.
 */
export function encodeCursor(keys: readonly string[]): string {
  return Buffer.from(JSON.stringify(keys), "utf8").toString("base64url");
}

/** The decoded value, or null when the text is not base64url JSON. */
export function decodeCursor(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(cursor)) return null;
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
