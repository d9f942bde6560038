import { z } from "zod";
import { isoDate, slug } from "./common";

/**
 * GET /api/v1/compare/cell?party&topic&a[&b][&process] — one cell of a comparison:
 * the statements in force on A (and B), of one process when the comparison has one,
 * loaded when a reader opens the cell.
 */
export const compareCellQuerySchema = z.object({
  process: slug.optional(),
  party: slug.meta({ description: "The party's slug (a column of the matrix).", example: "ukraine" }),
  topic: slug.meta({ description: "The topic's slug (a row of the matrix).", example: "neutral-status" }),
  a: isoDate.meta({ description: "Date A (YYYY-MM-DD).", example: "2022-02-28" }),
  b: isoDate.optional().meta({ description: "Date B (YYYY-MM-DD), optional.", example: "2022-03-29" }),
});

export type CompareCellQuery = z.infer<typeof compareCellQuerySchema>;
