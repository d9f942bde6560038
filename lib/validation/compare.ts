import { z } from "zod";
import { isoDate, processParam, slugList } from "./common";

type RawParams = Record<string, string | string[] | undefined>;

// A plain GET form sends empty fields as "" and checkbox groups as repeated keys
// (?parties=ukraine&parties=russia); links use one comma list. Accept both.
const joined = (value: unknown) => (Array.isArray(value) ? value.join(",") : value);
const blankAsMissing = (value: unknown) => {
  const v = joined(value);
  return v === "" ? undefined : v;
};

/** ?process=&a=&b=&parties=&topics=&changed= — the whole state of a comparison, as cited in a link. */
/**
 * One anonymous request must stay cheap whatever the data size: at most this many
 * parties side by side, and topics a page at a time (say so in OpenAPI and on the page).
 */
export const compareLimits = { parties: 12, topicsPerPage: 25 } as const;

export const compareQuerySchema = z.object({
  process: z.preprocess(blankAsMissing, processParam()),
  a: z.preprocess(blankAsMissing, isoDate.optional()),
  b: z.preprocess(blankAsMissing, isoDate.optional()),
  parties: z.preprocess(joined, slugList),
  topics: z.preprocess(joined, slugList),
  changed: z.preprocess(
    blankAsMissing,
    z
      .enum(["1", "0", "on", "true", "false"], { message: "Use 1 or 0" })
      .optional()
      .transform((v) => v === "1" || v === "on" || v === "true"),
  ),
  page: z.preprocess(
    blankAsMissing,
    z.coerce
      .number()
      .int("Use a whole page number")
      .min(1, "Pages start at 1")
      .max(10_000, "No such page")
      .default(1)
      .meta({ description: `Which page of topics, ${compareLimits.topicsPerPage} to a page.` }),
  ),
});

export type CompareQuery = z.infer<typeof compareQuerySchema>;

/** Parses Next's searchParams or URLSearchParams into the comparison state. */
export function parseCompareQuery(raw: RawParams | URLSearchParams) {
  const object: RawParams = {};
  if (raw instanceof URLSearchParams) {
    for (const key of new Set(raw.keys())) object[key] = raw.getAll(key);
  } else Object.assign(object, raw);
  return compareQuerySchema.safeParse(object);
}

/** The canonical query string for a comparison: what permalinks and exports use. */
export function compareSearch(q: {
  process?: string | null;
  a: string;
  b?: string | null;
  parties?: readonly string[];
  topics?: readonly string[];
  changed?: boolean;
  page?: number;
}): string {
  const params = new URLSearchParams(q.process ? { process: q.process } : {});
  params.set("a", q.a);
  if (q.b) params.set("b", q.b);
  if (q.parties?.length) params.set("parties", q.parties.join(","));
  if (q.topics?.length) params.set("topics", q.topics.join(","));
  if (q.changed) params.set("changed", "1");
  if (q.page && q.page > 1) params.set("page", String(q.page));
  // Commas stay readable in a cited link; URLSearchParams would write %2C.
  return params.toString().replaceAll("%2C", ",");
}

/** Zod issues as "field: message" lines for a reader. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path[0];
    const name = field === "a" ? "Date A" : field === "b" ? "Date B" : String(field ?? "query");
    return `${name}: ${issue.message}`;
  });
}
