import "server-only";
import { and, eq } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { parties, people, sources, topics } from "@/db/schema";
import type { VersionedKind } from "./versioned";

/**
 * Parties, people, topics and sources: rows with no links of their own, so a
 * snapshot is the row itself and one generic kind describes how each is saved.
 */
type PlainTable = typeof parties | typeof people | typeof topics | typeof sources;

export function plainKind<T extends PlainTable, I>(
  entity: VersionedKind<T["$inferSelect"], I>["entity"],
  table: T,
  values: (input: I) => PgUpdateSetSource<T>,
  toInput: (row: T["$inferSelect"]) => I,
): VersionedKind<T["$inferSelect"], I> {
  return {
    entity,
    toInput,
    async load(db, id) {
      const [row] = await db
        .select()
        .from(table as typeof parties)
        .where(eq(table.id, id));
      return (row as T["$inferSelect"] | undefined) ?? null;
    },
    async write(tx, id, baseVersion, input, set) {
      // drizzle cannot type an UPDATE over a union of tables; `values` is typed against this kind's table.
      const rows = await tx
        .update(table as typeof parties)
        .set({ ...values(input), ...set } as PgUpdateSetSource<typeof parties>)
        .where(and(eq(table.id, id), eq(table.version, baseVersion)))
        .returning({ id: table.id });
      return rows.length === 1;
    },
  };
}
