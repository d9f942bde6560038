import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { markDatabaseUnavailable } from "@/lib/net/database-outage.mjs";
import { markedAsOutage } from "@/tests/support/outage-request";
import { readDataVersion } from "./data-version";

describe("readDataVersion in a database outage", () => {
  it("marks every request that shared a version query, not only the one whose context ran it", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const db = {
      // As db/index.ts's hook does: a failed query marks the request whose async context ran it.
      execute: async () => {
        await gate;
        markDatabaseUnavailable();
        throw refused;
      },
    } as unknown as Database;
    // The first runs the query; the second and third share the one queued after it.
    const requests = [markedAsOutage(() => readDataVersion(db))];
    await new Promise((resolve) => setTimeout(resolve, 5));
    requests.push(
      markedAsOutage(() => readDataVersion(db)),
      markedAsOutage(() => readDataVersion(db)),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    expect(await Promise.all(requests)).toEqual([true, true, true]);
  });
});
