import { databaseWasUnavailable } from "@/lib/net/database-outage.mjs";

type Store = { databaseUnavailable: boolean };
type Als = { run<T>(store: Store, fn: () => T): T };

/**
 * Runs `fn` as scripts/serve.mjs runs a request, with its own outage flag, and
 * answers whether that request was marked: what decides its 503 over a 500.
 */
export async function markedAsOutage(fn: () => Promise<unknown>): Promise<boolean> {
  databaseWasUnavailable(); // creates the shared store on globalThis
  const als = (globalThis as unknown as Record<symbol, Als>)[Symbol.for("parley.database-outage")];
  if (!als) throw new Error("no outage store on globalThis");
  const store: Store = { databaseUnavailable: false };
  await als.run(store, () => fn().catch(() => undefined));
  return store.databaseUnavailable;
}
