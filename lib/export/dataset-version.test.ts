import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { databaseWasUnavailable } from "@/lib/net/database-outage.mjs";
import { getDatasetVersion } from "./dataset-version";

type Store = { databaseUnavailable: boolean };
type Als = { run<T>(store: Store, fn: () => T): T };

/** Runs `fn` as serve.mjs runs a request: with its own outage flag. */
async function asRequest(fn: () => Promise<unknown>) {
  databaseWasUnavailable(); // creates the shared store on globalThis
  const als = (globalThis as unknown as Record<symbol, Als>)[Symbol.for("parley.database-outage")];
  if (!als) throw new Error("no outage store on globalThis");
  const store: Store = { databaseUnavailable: false };
  await als.run(store, () => fn().catch(() => undefined));
  return store.databaseUnavailable;
}

describe("getDatasetVersion in an outage", () => {
  it("marks every request that awaited the shared bundle build, not only the one that started it", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const db = {
      execute: async () => ({ rows: [{ f: "fingerprint" }] }),
      transaction: async () => {
        await gate;
        throw refused;
      },
    } as unknown as Database;
    const first = asRequest(() => getDatasetVersion(db));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = asRequest(() => getDatasetVersion(db)); // within the memo's TTL: awaits the same build
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
  });
});
