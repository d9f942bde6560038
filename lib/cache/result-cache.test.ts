import { describe, expect, it } from "vitest";
import { compareVersions, ResultCache } from "./result-cache";

const bytes = (s: string) => s.length;

describe("ResultCache", () => {
  it("serves a key once per version and recomputes when the version moves", async () => {
    const cache = new ResultCache({ maxEntries: 10, maxBytes: 1000 });
    let runs = 0;
    const compute = async () => `value ${++runs}`;
    expect(await cache.get("e.1", "k", compute, bytes)).toBe("value 1");
    expect(await cache.get("e.1", "k", compute, bytes)).toBe("value 1");
    expect(await cache.get("e.2", "k", compute, bytes)).toBe("value 2");
    expect(cache.size.entries).toBe(1);
  });

  it("never stores what a request with an older version computed", async () => {
    const cache = new ResultCache({ maxEntries: 10, maxBytes: 1000 });
    await cache.get("e.5", "k", async () => "new", bytes);
    expect(await cache.get("e.4", "k", async () => "old", bytes)).toBe("old");
    expect(await cache.get("e.5", "k", async () => "recomputed", bytes)).toBe("new");
    // A fresh database (another epoch) counts as newer whatever its counter says.
    expect(await cache.get("f.1", "k", async () => "fresh", bytes)).toBe("fresh");
  });

  it("stays within its entry and byte bounds, dropping the least recently used", async () => {
    const cache = new ResultCache({ maxEntries: 3, maxBytes: 25 });
    for (const key of ["a", "b", "c"]) await cache.get("e.1", key, async () => `${key}`.repeat(5), bytes);
    await cache.get("e.1", "a", async () => "miss", bytes); // a is now the most recent
    await cache.get("e.1", "d", async () => "d".repeat(5), bytes);
    expect(cache.size).toEqual({ entries: 3, bytes: 15 });
    expect(await cache.get("e.1", "b", async () => "b was dropped", bytes)).toBe("b was dropped");
    expect(await cache.get("e.1", "a", async () => "a was dropped", bytes)).toBe("aaaaa");
    await cache.get("e.1", "big", async () => "x".repeat(20), bytes);
    expect(cache.size.bytes).toBeLessThanOrEqual(25);
    expect(await cache.get("e.1", "huge", async () => "y".repeat(26), bytes)).toBe("y".repeat(26));
    expect(cache.size.bytes).toBeLessThanOrEqual(25);
  });

  it("lets concurrent misses of one key share one computation, and keeps no failure", async () => {
    const cache = new ResultCache({ maxEntries: 10, maxBytes: 1000 });
    let runs = 0;
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`run ${++runs}`), 5));
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.get("e.1", "k", slow, bytes)));
    expect(new Set(results)).toEqual(new Set(["run 1"]));
    await expect(cache.get("e.1", "bad", () => Promise.reject(new Error("down")), bytes)).rejects.toThrow(
      "down",
    );
    expect(await cache.get("e.1", "bad", async () => "up", bytes)).toBe("up");
  });

  it("orders versions by counter within an epoch", () => {
    expect(compareVersions("e.10", "e.9")).toBe(1);
    expect(compareVersions("e.9", "e.10")).toBe(-1);
    expect(compareVersions("e.9", "e.9")).toBe(0);
    expect(compareVersions("e.1", null)).toBe(1);
  });
});
