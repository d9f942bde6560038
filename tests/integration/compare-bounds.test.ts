/**
 * One anonymous /compare request does bounded work whatever the data size: at
 * most compareLimits.parties parties, topics a page at a time, and a capped
 * list of quick picks (before this, 20 parties × 60 topics all rendered at once).
 */
import { expect, test } from "vitest";
import { parties, topics } from "../../db/schema";
import { loadComparison } from "../../lib/compare/view";
import { compareLimits, parseCompareQuery } from "../../lib/validation/compare";
import { describeOnEveryServer } from "../support/databases";

describeOnEveryServer("compare is bounded", (get) => {
  test("20 parties and 60 topics: 12 parties side by side, 25 topics a page, the rest named or paged", async () => {
    const { db } = get();
    await db.insert(parties).values(
      Array.from({ length: 20 }, (_, i): typeof parties.$inferInsert => ({
        slug: `bulk-party-${i}`,
        name: `Bulk party ${String(i).padStart(2, "0")}`,
        kind: "state",
        color: "#0057b7",
        publication: "published",
      })),
    );
    await db.insert(topics).values(
      Array.from({ length: 60 }, (_, i): typeof topics.$inferInsert => ({
        slug: `bulk-topic-${i}`,
        name: `Bulk topic ${String(i).padStart(2, "0")}`,
        publication: "published",
      })),
    );
    const first = await loadComparison(db, { a: "2022-03-29", parties: [], topics: [], changed: false });
    expect(first.parties).toHaveLength(compareLimits.parties);
    expect(first.partiesLeftOut.length).toBeGreaterThanOrEqual(8);
    expect(first.rows).toHaveLength(compareLimits.topicsPerPage);
    expect(first.pageCount).toBe(Math.ceil(first.topicCount / compareLimits.topicsPerPage));
    const last = await loadComparison(db, {
      a: "2022-03-29",
      parties: [],
      topics: [],
      changed: false,
      page: first.pageCount,
    });
    expect(last.rows.length).toBe(first.topicCount - (first.pageCount - 1) * compareLimits.topicsPerPage);
    // A page past the end shows the last page, not an empty table.
    const beyond = await loadComparison(db, {
      a: "2022-03-29",
      parties: [],
      topics: [],
      changed: false,
      page: 999,
    });
    expect(beyond.page).toBe(first.pageCount);
    expect(parseCompareQuery(new URLSearchParams("a=2022-03-29&page=0")).success).toBe(false);
    expect(parseCompareQuery(new URLSearchParams("a=2022-03-29&page=2")).data?.page).toBe(2);
  });
});
