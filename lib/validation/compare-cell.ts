import { z } from "zod";
import { isoDate, slug } from "./common";

/**
 * GET /api/v1/compare/cell?party&topic&a[&b][&process] — one cell of a comparison:
 * the statements in force on A (and B), of one process when the comparison has one,
 * loaded when a reader opens the cell.
 */
export const compareCellQuerySchema = z.object({
  process: slug.optional(),
  party: slug,
  topic: slug,
  a: isoDate,
  b: isoDate.optional(),
});

export type CompareCellQuery = z.infer<typeof compareCellQuerySchema>;
