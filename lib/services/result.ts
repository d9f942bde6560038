/** What a write returns: the saved row, or a conflict carrying the row as it is now. */
export type SaveResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "conflict"; current: T }
  | { ok: false; reason: "not_found" };
