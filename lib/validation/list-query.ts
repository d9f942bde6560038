import { z } from "zod";
import { decodeCursor } from "@/lib/api/cursor";
import { commaList, isoDate } from "./common";
import { searchText } from "./search-text";

/** Page size for list endpoints: small by default, capped so one request stays cheap. */
export const limitParam = z.coerce
  .number()
  .int("Must be a whole number")
  .min(1, "At least 1")
  .max(200, "At most 200")
  .default(50)
  .meta({ description: "Rows per page (1–200).", example: 50 });

/** Free-text search; matches names, titles, summaries and aliases (Kiev finds Kyiv). */
export const textQuery = searchText
  .optional()
  .transform((value) => (value ? value : undefined))
  .meta({ description: "Text search over names, titles, summaries and aliases.", example: "Kiev" });

/**
 * An opaque cursor decoded into the sort key it carries. `keys` validates each
 * part, so a forged cursor is a 422 and never reaches SQL as a malformed value.
 */
export function cursorParam<T extends z.ZodType<readonly string[]>>(keys: T) {
  return z
    .string()
    .max(512, "Cursor too long")
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const parsed = keys.safeParse(decodeCursor(value));
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: "Not a cursor from this endpoint" });
        return z.NEVER;
      }
      return parsed.data;
    })
    .meta({ description: "The `next` cursor of the previous page; omit for the first page." });
}

/** A comma-separated list over a closed vocabulary ("talks,call"). */
export function enumList<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return commaList(z.enum(values), values.length * 2).meta({
    description: `${description} Comma-separated: ${values.join(", ")}.`,
  });
}

/** `from` ≤ `to` when both are given; attached to every schema with a date window. */
export function checkWindow(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.from > q.to) {
    ctx.addIssue({ code: "custom", message: "`from` must not be after `to`", path: ["to"] });
  }
}

export const fromParam = isoDate
  .optional()
  .meta({ description: "Earliest day (YYYY-MM-DD), inclusive.", example: "2022-02-01" });
export const toParam = isoDate
  .optional()
  .meta({ description: "Latest day (YYYY-MM-DD), inclusive.", example: "2022-04-30" });
