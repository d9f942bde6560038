/**
 * The reader's pages take any query string without a 5xx: 1,000 generated
 * search-param sets each for the timeline (/ and /embed load through
 * loadTimelinePage) and /compare (parseCompareQuery + loadComparison), with NUL
 * and other control characters, bad percent-decoded text, astral characters,
 * extreme dates (0001-01-01, 9999-12-31), huge numbers and repeated keys.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { loadComparison } from "../../lib/compare/view";
import { loadTimelinePage } from "../../lib/timeline/page-data";
import { parseCompareQuery } from "../../lib/validation/compare";
import { describeOnEveryServer } from "../support/databases";

const value = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "",
    "\u0000",
    "kiev\u0000",
    "0001-01-01",
    "9999-12-31",
    "2022-02-30",
    "-1",
    "2147483648",
    "1e308",
    "ukraine,russia,ukraine",
    "%ZZ",
    "𝌆𝌆",
    "a".repeat(5000),
  ),
);
const params = fc.dictionary(
  fc.constantFrom(
    "q",
    "from",
    "to",
    "parties",
    "topics",
    "kinds",
    "status",
    "lanes",
    "item",
    "a",
    "b",
    "changed",
    "page",
  ),
  fc.oneof(value, fc.array(value, { maxLength: 3 })),
);

describeOnEveryServer("pages take any search params without a 5xx", (get) => {
  test("timeline (/ and /embed): 1,000 generated queries", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(params, async (raw) => {
        runs++;
        const page = await loadTimelinePage(get().db, raw);
        expect(page.view.range.from <= page.view.range.to).toBe(true);
      }),
      { numRuns: 1000 },
    );
    console.log(`[page params] ${get().serverName} timeline: ${runs} queries, none failed`);
  }, 300_000);

  test("compare: 1,000 generated queries are either a 4xx-style validation error or a comparison", async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(params, async (raw) => {
        const parsed = parseCompareQuery(raw);
        if (!parsed.success) return;
        valid++;
        const comparison = await loadComparison(get().db, parsed.data);
        expect(comparison.rows.length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 1000 },
    );
    console.log(`[page params] ${get().serverName} compare: 1000 queries, ${valid} valid, none failed`);
  }, 300_000);
});
