import { z } from "zod";

/** A calendar day as 'YYYY-MM-DD' that exists (rejects 2022-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Not a real calendar date");

export const slug = z
  .string()
  .trim()
  .min(1, "Required")
  .max(120, "At most 120 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Lower-case letters, digits and single hyphens only");

/** A comma-separated list in a query string ("ukraine,russia") as an array of slugs. */
export const slugList = z
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
  .pipe(z.array(slug).max(50));
