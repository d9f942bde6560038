import type { z } from "zod";
import type { Database } from "@/db/client";
import { encodeCursor } from "./cursor";
import { type ProblemBody, problemBody, searchParamsObject, validationProblemBody } from "./problem";

/**
 * What a read endpoint produced, before HTTP: data, or a problem. Route
 * handlers turn it into a Response (lib/api/respond.ts); tests call it directly.
 */
export type ApiResult =
  | { status: 200; body: unknown /** For the body's `meta` (lib/api/meta.ts). */; datasetVersion?: string }
  | { status: 404 | 422; body: ProblemBody };

type Page = { data: unknown[]; nextCursor: readonly string[] | null };

/** The URL of the next page: the same query with the new cursor. */
function nextLink(requestUrl: string, origin: string, cursor: readonly string[] | null): string | null {
  if (!cursor) return null;
  const url = new URL(requestUrl);
  url.searchParams.set("cursor", encodeCursor(cursor));
  return `${origin}${url.pathname}${url.search}`;
}

/** Parse the query (422 on failure), load one page, and validate the response shape. */
export async function runList<S extends z.ZodType>(
  db: Database,
  requestUrl: string,
  options: {
    query: S;
    response: z.ZodType;
    origin?: string;
    load: (db: Database, query: z.output<S>) => Promise<Page>;
  },
): Promise<ApiResult> {
  const parsed = options.query.safeParse(searchParamsObject(requestUrl));
  if (!parsed.success) return { status: 422, body: validationProblemBody(parsed.error) };
  const page = await options.load(db, parsed.data);
  const origin = options.origin ?? new URL(requestUrl).origin;
  const body = options.response.parse({
    data: page.data,
    next: nextLink(requestUrl, origin, page.nextCursor),
  });
  return { status: 200, body };
}

/** Validate the path key (422), load one row (404 when absent or not public), validate its shape. */
export async function runItem<K extends z.ZodType<string>>(
  db: Database,
  rawKey: string,
  options: {
    key: K;
    response: z.ZodType;
    what: string;
    load: (db: Database, key: string) => Promise<unknown | null>;
  },
): Promise<ApiResult> {
  const key = options.key.safeParse(rawKey);
  if (!key.success) {
    const detail = `Not a valid ${options.what} key: use its slug or id.`;
    return { status: 422, body: problemBody(422, "Invalid request", { detail, errors: { key: [detail] } }) };
  }
  const row = await options.load(db, key.data);
  if (!row) {
    return {
      status: 404,
      body: problemBody(404, "Not found", { detail: `No published ${options.what} "${key.data}".` }),
    };
  }
  return { status: 200, body: options.response.parse(row) };
}
