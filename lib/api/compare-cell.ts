import "server-only";
import type { Database } from "@/db/client";
import { readDataVersion } from "@/lib/cache/data-version";
import { loadCompareCell } from "@/lib/compare/cached";
import { compareCellQuerySchema } from "@/lib/validation/compare-cell";
import { compareCellResponseSchema } from "./compare-schema";
import type { ApiResult } from "./endpoint";
import { versioned } from "./handlers";
import { problemBody, searchParamsObject, validationProblemBody } from "./problem";

/**
 * GET /api/v1/compare/cell?… as data or a problem: the statements behind one
 * cell, from the result cache (keyed by `version`, read when not given), its
 * shape checked against the catalog's response schema so nothing internal leaks.
 */
export function compareCell(db: Database, requestUrl: string, version?: string): Promise<ApiResult> {
  return versioned(db, loadCell(db, requestUrl, version));
}

async function loadCell(db: Database, requestUrl: string, version?: string): Promise<ApiResult> {
  const query = compareCellQuerySchema.safeParse(searchParamsObject(requestUrl));
  if (!query.success) return { status: 422, body: validationProblemBody(query.error) };
  const cell = await loadCompareCell(db, query.data, version ?? (await readDataVersion(db)));
  if (!cell) {
    return {
      status: 404,
      body: problemBody(404, "Not found", {
        detail: "No published statement of this party on this topic (in this process).",
      }),
    };
  }
  return { status: 200, body: compareCellResponseSchema.parse(cell) };
}
