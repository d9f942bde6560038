import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { markedAsOutage } from "@/tests/support/outage-request";
import { getDatasetVersion } from "./dataset-version";

describe("getDatasetVersion in an outage", () => {
  it("marks every request that awaited the shared bundle build, not only the one that started it", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const db = {
      // The data version (migration 0008_data_version): unchanged, so the second request awaits the same build.
      execute: async () => ({ rows: [{ version: "1", epoch: "0123456789abcdef" }] }),
      transaction: async () => {
        await gate;
        throw refused;
      },
    } as unknown as Database;
    const first = markedAsOutage(() => getDatasetVersion(db));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = markedAsOutage(() => getDatasetVersion(db)); // same data version: awaits the same build
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
  });
});
