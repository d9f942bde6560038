import { describe, expect, it } from "vitest";
import { markedAsOutage } from "@/tests/support/outage-request";
import { ResultCache } from "./result-cache";

describe("ResultCache in a database outage", () => {
  it("marks every request that awaited a shared computation, not only the one that started it", async () => {
    const cache = new ResultCache({ maxEntries: 10, maxBytes: 1000 });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    // The computation fails as a query does when the database is down; like db/index.ts's hook, it marks
    // only the request whose async context runs it.
    const compute = async () => {
      await gate;
      const { markDatabaseUnavailable } = await import("@/lib/net/database-outage.mjs");
      markDatabaseUnavailable();
      throw refused;
    };
    const first = markedAsOutage(() => cache.get("e.1", "k", compute, () => 1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = markedAsOutage(() => cache.get("e.1", "k", compute, () => 1)); // joins the running computation
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
  });

  it("marks nothing when the shared computation fails for another reason", async () => {
    const cache = new ResultCache({ maxEntries: 10, maxBytes: 1000 });
    const broken = async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw new Error("a bug, not an outage");
    };
    const [first, second] = await Promise.all([
      markedAsOutage(() => cache.get("e.1", "k", broken, () => 1)),
      markedAsOutage(() => cache.get("e.1", "k", broken, () => 1)),
    ]);
    expect([first, second]).toEqual([false, false]);
  });
});
