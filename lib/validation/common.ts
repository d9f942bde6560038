import { z } from "zod";
import { isIsoDate, SLUG_PATTERN } from "./rules";

/**
 * A calendar day as 'YYYY-MM-DD' that exists (rejects 2022-02-30). An empty
 * value says what to do ("Enter a date"), not which format the wire uses: the
 * form's date picker shows the reader's own format.
 */
export const isoDate = z
  .string()
  .min(1, { message: "Enter a date", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use the form YYYY-MM-DD", abort: true })
  .refine(isIsoDate, "Not a real calendar date");

/** Required text: empty says it is required, short says how short; used by titles and summaries. */
export const requiredText = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} is required`, abort: true })
    .min(min, `At least ${min} characters`)
    .max(max, `At most ${max} characters`);

/** Optional free text: trimmed, at most `max` characters, and "" stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

/** A peace process by slug, as the `process` filter of every list, feed and view. */
export const processParam = () =>
  z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "A process slug")
    .max(120)
    .optional()
    .meta({ description: "A peace process slug: only its rows.", example: "russia-ukraine-talks-2022" });

export const slug = z
  .string()
  .trim()
  .min(1, "Required")
  .max(120, "At most 120 characters")
  .regex(SLUG_PATTERN, "Lower-case letters, digits and single hyphens only");

/** A comma-separated query value ("a,b,") as an array of `item`, blanks dropped. */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  return z
    .string()
    .optional()
    .transform((value) =>
      value
        ? value
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(item).max(max));
}

/** A comma-separated list in a query string ("ukraine,russia") as an array of slugs. */
export const slugList = commaList(slug, 50);

/**
 * A version number an edit starts from: version + 1 must still fit the 4-byte
 * integer column, so anything above 2^31 − 2 is refused here, not by PostgreSQL.
 */
export const versionNumber = z
  .number("Send the version you edited")
  .int()
  .min(1)
  .max(2_147_483_646, "No such version");

/** Which row, at which version: what every edit, delete and restore of a versioned row names. */
export const versionRef = z.object({ id: z.uuid(), baseVersion: versionNumber });

/** Restoring: the row, the version it is at, and the old version to bring back. */
export const restoreRef = versionRef.extend({ version: versionNumber });

/** A cited source and the excerpt that supports the claim: the rows of every "Sources" field. */
export const citation = z.object({ sourceId: z.uuid("Choose a source"), excerpt: optionalText(2000) });

/** Revision note and the public-correction mark; stored on the revision, not the row. */
export const revisionFields = { note: optionalText(500), isCorrection: z.boolean().default(false) };

/** An optional date from a form: "" (the empty date box), null or absent all mean none. */
export const optionalDate = z
  .union([isoDate, z.literal("")])
  .nullable()
  .optional()
  .transform((v) => v || null);
