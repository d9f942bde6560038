import "server-only";
import type { Database } from "@/db/client";
import { readDataVersion } from "@/lib/cache/data-version";
import { approximateBytes, normalisedKey } from "@/lib/cache/keys";
import { sharedResultCache } from "@/lib/cache/shared";
import { formatDateRange, today } from "@/lib/dates";
import { type CellPosition, getCompareMatrix } from "../queries/compare";
import type { CompareCellQuery } from "../validation/compare-cell";
import { type CellChange, cellChange } from "./rules";
import { loadComparison } from "./view";

/**
 * loadComparison cached by (data version, today, normalised query): the page,
 * the exports and GET /api/v1/compare share entries. Today is in the key
 * because a comparison without dates defaults to it when no talks are recorded.
 */
export async function loadCachedComparison(db: Database, query: Parameters<typeof loadComparison>[1]) {
  const version = await readDataVersion(db);
  return sharedResultCache().get(
    version,
    `compare:${today()}:${normalisedKey(query)}`,
    () => loadComparison(db, query),
    approximateBytes,
  );
}

/** One statement behind a cell, with the words the matrix shows above it. */
export type CellNote = { label: string; position: CellPosition };

/** What a cell's details show: each distinct statement in force on A and B, labelled. */
export type CompareCellDetails = { change: CellChange; notes: CellNote[] };

function noteLabel(p: CellPosition, atA: CellPosition | null, atB: CellPosition | null, q: CompareCellQuery) {
  if (!q.b) return `In force on ${formatDateRange(q.a, null, "day")}`;
  if (p.id === atA?.id && p.id === atB?.id) return "In force on both dates";
  return `In force on ${formatDateRange(p.id === atB?.id ? q.b : q.a, null, "day")}`;
}

/**
 * One cell's statements (quotes, speakers, sources) — what the matrix no longer
 * carries, so /compare stays small at any data size. null: no such published
 * party or topic.
 */
export async function loadCompareCell(
  db: Database,
  q: CompareCellQuery,
  version: string,
): Promise<CompareCellDetails | null> {
  return sharedResultCache().get(
    version,
    `compare-cell:${normalisedKey(q)}`,
    async () => {
      const [cell] = await getCompareMatrix(db, {
        process: q.process,
        dates: q.b ? [q.a, q.b] : [q.a],
        partySlugs: [q.party],
        topicSlugs: [q.topic],
      });
      if (!cell) return null;
      const atA = cell.byDate[0] ?? null;
      const atB = q.b ? (cell.byDate[1] ?? null) : null;
      const change = q.b ? cellChange(atA, atB) : atA ? "unchanged" : "none";
      const distinct = [atA, atB].filter(
        (p, i, all): p is CellPosition => !!p && all.findIndex((other) => other?.id === p.id) === i,
      );
      return { change, notes: distinct.map((p) => ({ label: noteLabel(p, atA, atB, q), position: p })) };
    },
    approximateBytes,
  );
}
