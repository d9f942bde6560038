import fc from "fast-check";
import { expect, it } from "vitest";
import { compareEndpoints, resources, timelineEndpoints } from "../../lib/api/catalog";
import { compareCell } from "../../lib/api/compare-cell";
import { encodeCursor } from "../../lib/api/cursor";
import type { ApiResult } from "../../lib/api/endpoint";
import { getResource, listResource } from "../../lib/api/handlers";
import { timelineItem, timelineWindow } from "../../lib/api/timeline";
import { eventKinds, eventStatuses, positionKinds, stances } from "../../lib/domain";
import { describeOnEveryServer } from "../support/databases";

const RUNS = 1000;

/** Values that look right, almost right, or nothing like it. */
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    "",
    " ",
    "0",
    "-1",
    "201",
    "1e3",
    "NaN",
    "%",
    "%00",
    "'; drop table events; --",
    "\\",
    "_%",
  ),
  fc
    .array(
      fc.constantFrom(
        ...eventKinds,
        ...eventStatuses,
        ...positionKinds,
        ...stances,
        "ukraine",
        // The seed's process, so `process=` on every list also takes its member branch.
        "russia-ukraine-talks-2022",
        "Kiev",
        "x y",
      ),
      {
        maxLength: 5,
      },
    )
    .map((parts) => parts.join(",")),
  fc.array(fc.string(), { maxLength: 3 }).map((parts) => encodeCursor(parts)),
  fc.tuple(fc.string(), fc.uuid()).map((parts) => encodeCursor(parts)),
  fc.base64String(),
  fc.string({ minLength: 500, maxLength: 2000 }),
);

/** A query string over the endpoint's own parameter names (from its zod schema) plus strangers. */
function queryString(keys: string[]) {
  return fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 10 })), value), {
      maxLength: 8,
    })
    .map((pairs) => {
      const params = new URLSearchParams();
      for (const [k, v] of pairs) params.append(k, v);
      return params.toString();
    });
}

/** Raw text after `?`, including broken percent-escapes the URL parser must survive. */
const rawQuery = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "%E0%A4%A",
    "a=%ZZ",
    "&&&==",
    "limit=%2B5",
    "cursor=%FF%FE",
    "q=%00",
    "q=a%00b",
    "parties=%00",
  ),
);

describeOnEveryServer("read API never fails on random input", (get) => {
  for (const r of resources) {
    it(`GET /api/v1/${r.name}?… answers 200 or 422 for ${RUNS} random queries`, async () => {
      const tally = { 200: 0, 404: 0, 422: 0, thrown: 0, other: 0 };
      const keys = Object.keys(r.query.shape);
      const outcome = await fc.check(
        fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: queryString(keys) }, rawQuery), async (qs) => {
          let result: ApiResult;
          try {
            result = await listResource(get().db, r.name, `http://x/api/v1/${r.name}?${qs}`);
          } catch {
            tally.thrown += 1;
            return false;
          }
          if (result.status === 200 || result.status === 422) tally[result.status] += 1;
          else tally.other += 1;
          return result.status === 200 || result.status === 422;
        }),
        { numRuns: RUNS },
      );
      const failures = tally.thrown + tally.other;
      console.log(
        `[property] ${get().serverName} list ${r.name}: ${outcome.numRuns} inputs, ${failures} failures (${tally[200]}×200, ${tally[422]}×422)`,
      );
      expect(outcome.failed ? outcome.counterexample : null).toBeNull();
      expect(outcome.numRuns).toBe(RUNS);
    });

    it(`GET /api/v1/${r.name}/{key} answers 200, 404 or 422 for ${RUNS} random keys`, async () => {
      const tally = { 200: 0, 404: 0, 422: 0, thrown: 0 };
      const seeded = fc.constantFrom(
        "ukraine",
        "crimea",
        "volodymyr-zelensky",
        "istanbul-talks-2022-03-29",
        "russia-ukraine-talks-2022",
      );
      const key = fc.oneof(
        seeded,
        fc.string(),
        fc.uuid(),
        fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        value,
      );
      const outcome = await fc.check(
        fc.asyncProperty(key, async (k) => {
          try {
            const result = await getResource(get().db, r.name, k);
            tally[result.status] += 1;
            return true;
          } catch {
            tally.thrown += 1;
            return false;
          }
        }),
        { numRuns: RUNS },
      );
      console.log(
        `[property] ${get().serverName} item ${r.name}: ${outcome.numRuns} inputs, ${tally.thrown} failures (${tally[200]}×200, ${tally[404]}×404, ${tally[422]}×422)`,
      );
      expect(outcome.failed ? outcome.counterexample : null).toBeNull();
    });
  }

  it(`GET /api/v1/timeline?… answers 200 or 422 for ${RUNS} random queries`, async () => {
    const tally = { 200: 0, 422: 0, failures: 0 };
    const keys = Object.keys(timelineEndpoints.window.query.shape);
    // Half the inputs carry a real window, so the filters behind it are exercised too.
    const withWindow = queryString(keys).map((qs) => `from=2022-01-01&to=2022-12-31&${qs}`);
    const outcome = await fc.check(
      fc.asyncProperty(fc.oneof(withWindow, queryString(keys), rawQuery), async (qs) => {
        try {
          const result = await timelineWindow(get().db, `http://x/api/v1/timeline?${qs}`);
          if (result.status === 200 || result.status === 422) tally[result.status] += 1;
          else tally.failures += 1;
          return result.status === 200 || result.status === 422;
        } catch {
          tally.failures += 1;
          return false;
        }
      }),
      { numRuns: RUNS },
    );
    console.log(
      `[property] ${get().serverName} timeline window: ${outcome.numRuns} inputs, ${tally.failures} failures (${tally[200]}×200, ${tally[422]}×422)`,
    );
    expect(outcome.failed ? outcome.counterexample : null).toBeNull();
    expect(tally[200]).toBeGreaterThan(0);
  });

  it(`GET /api/v1/timeline/items/{ref} answers 200 or 404 for ${RUNS} random refs`, async () => {
    const tally = { 200: 0, 404: 0, failures: 0 };
    const ref = fc.oneof(
      fc.constantFrom(
        "istanbul-talks-2022-03-29",
        "gomel-talks-2022-02-28",
        "p-00000000-0000-0000-0000-000000000000",
      ),
      fc.uuid().map((id) => `p-${id}`),
      fc.stringMatching(/^p-[0-9a-f-]{36}$/),
      fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      value,
    );
    const outcome = await fc.check(
      fc.asyncProperty(ref, async (r) => {
        try {
          const result = await timelineItem(get().db, r);
          if (result.status === 200 || result.status === 404) tally[result.status] += 1;
          else tally.failures += 1;
          return result.status === 200 || result.status === 404;
        } catch {
          tally.failures += 1;
          return false;
        }
      }),
      { numRuns: RUNS },
    );
    console.log(
      `[property] ${get().serverName} timeline item: ${outcome.numRuns} inputs, ${tally.failures} failures (${tally[200]}×200, ${tally[404]}×404)`,
    );
    expect(outcome.failed ? outcome.counterexample : null).toBeNull();
    expect(tally[200]).toBeGreaterThan(0);
  });

  it(`GET /api/v1/compare/cell?… answers 200, 404 or 422 for ${RUNS} random queries`, async () => {
    const tally = { 200: 0, 404: 0, 422: 0, failures: 0 };
    const keys = Object.keys(compareEndpoints.cell.query.shape);
    // Some inputs name a seeded cell, so the statements behind it are loaded and checked against the schema.
    const seededCell = fc
      .tuple(
        fc.constantFrom("ukraine", "russia", "turkey", "belarus", "no-such-party"),
        fc.constantFrom("neutral-status", "crimea", "ceasefire", "no-such-topic"),
        fc.constantFrom("a=2022-02-28&b=2022-03-29", "a=2022-03-29", "a=2022-04-21&b=2022-02-28"),
        fc.constantFrom("", "&process=russia-ukraine-talks-2022", "&process=no-such-process"),
        queryString(keys),
      )
      .map(
        ([party, topic, dates, process, rest]) => `party=${party}&topic=${topic}&${dates}${process}&${rest}`,
      );
    const outcome = await fc.check(
      fc.asyncProperty(fc.oneof(seededCell, queryString(keys), rawQuery), async (qs) => {
        try {
          const result = await compareCell(get().db, `http://x${compareEndpoints.cell.path}?${qs}`);
          if (result.status === 200 || result.status === 404 || result.status === 422)
            tally[result.status] += 1;
          else tally.failures += 1;
          return result.status === 200 || result.status === 404 || result.status === 422;
        } catch {
          tally.failures += 1;
          return false;
        }
      }),
      { numRuns: RUNS },
    );
    console.log(
      `[property] ${get().serverName} compare cell: ${outcome.numRuns} inputs, ${tally.failures} failures (${tally[200]}×200, ${tally[404]}×404, ${tally[422]}×422)`,
    );
    expect(outcome.failed ? outcome.counterexample : null).toBeNull();
    expect(tally[200]).toBeGreaterThan(0);
  });
});
