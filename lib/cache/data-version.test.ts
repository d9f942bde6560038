import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { databaseWasUnavailable, markDatabaseUnavailable } from "@/lib/net/database-outage.mjs";
import { readDataVersion } from "./data-version";

type Store = { databaseUnavailable: boolean };
type Als = { run<T>(store: Store, fn: () => T): T };

/** Runs `fn` as serve.mjs runs a request: with its own outage flag; returns whether it was marked. */
async function asRequest(fn: () => Promise<unknown>) {
  databaseWasUnavailable(); // creates the shared store on globalThis
  const als = (globalThis as unknown as Record<symbol, Als>)[Symbol.for("parley.database-outage")];
  if (!als) throw new Error("no outage store on globalThis");
  const store: Store = { databaseUnavailable: false };
  await als.run(store, () => fn().catch(() => undefined));
  return store.databaseUnavailable;
}

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
    const requests = [asRequest(() => readDataVersion(db))];
    await new Promise((resolve) => setTimeout(resolve, 5));
    requests.push(
      asRequest(() => readDataVersion(db)),
      asRequest(() => readDataVersion(db)),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    expect(await Promise.all(requests)).toEqual([true, true, true]);
  });
});
