import { getTableColumns, type Table } from "drizzle-orm";

/**
 * A select list of some of a table's own columns under their schema names:
 * `db.select(columnsOf(sources, "id", "title"))` instead of `{ id: sources.id, title: sources.title }`.
 * Choosing columns by name keeps what leaves the server explicit (house style 8).
 */
export function columnsOf<T extends Table, K extends keyof T["_"]["columns"] & string>(
  table: T,
  ...keys: K[]
): Pick<T["_"]["columns"], K> {
  const all = getTableColumns(table);
  const picked: Partial<Pick<T["_"]["columns"], K>> = {};
  for (const key of keys) picked[key] = all[key];
  return picked as Pick<T["_"]["columns"], K>;
}
