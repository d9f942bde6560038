import { z } from "zod";
import { cellChanges } from "@/lib/compare/rules";

const isoDay = z.string().meta({ description: "YYYY-MM-DD" });

const cellSourceSchema = z.object({
  url: z.string().nullable(),
  title: z.string(),
  outlet: z.string().nullable(),
  publishedOn: isoDay.nullable(),
  excerpt: z.string().nullable().meta({ description: "The passage of the source the statement rests on." }),
});

const cellPositionSchema = z.object({
  id: z.uuid(),
  stance: z.string(),
  kind: z.string(),
  summary: z.string(),
  quote: z.string().nullable(),
  statedOn: isoDay,
  datePrecision: z.string(),
  speakerName: z.string().nullable(),
  speakerTitle: z.string().nullable(),
  eventSlug: z.string().nullable(),
  sources: z.array(cellSourceSchema),
});

/** What GET /api/v1/compare/cell answers: the statements behind one cell of /compare. */
export const compareCellResponseSchema = z.object({
  change: z
    .enum(cellChanges)
    .meta({ description: "How the cell moved from A to B (as the matrix shows it)." }),
  notes: z.array(
    z.object({
      label: z.string().meta({ description: "Which date(s) the statement is in force on, in words." }),
      position: cellPositionSchema,
    }),
  ),
});
