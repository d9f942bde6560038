import { sql } from "drizzle-orm";
import { afterAll, expect, test } from "vitest";
import { createDb, type DbHandle } from "../../db/client";
import { revisions } from "../../db/schema";
import { listResource } from "../../lib/api/handlers";
import { respondVersioned } from "../../lib/api/versioned-read";
import { readDataVersion } from "../../lib/cache/data-version";
import { getDatasetVersion } from "../../lib/export/dataset-version";
import { buildBundle } from "../../lib/export/export";
import { createEntry, publishEntry } from "../../lib/services/directory";
import { partyInput } from "../../lib/validation/directory";
import { describeOnEveryServer } from "../support/databases";

const meta = { userId: "user-dv" };
const URL_PARTIES = "http://parley.test/api/v1/parties?limit=200";

describeOnEveryServer("data version: cached public reads follow every write", (get) => {
  const others: DbHandle[] = [];
  afterAll(async () => {
    for (const handle of others) await handle.pool.end();
  });
  /** A second app server: its own pool, its own process-wide cache, the same database. */
  const otherServer = () => {
    const handle = createDb(get().url, 4);
    others.push(handle);
    return handle.db;
  };
  const counter = async () =>
    Number(
      (await get().db.execute<{ v: string }>(sql`select version::text as v from data_version`)).rows[0]?.v,
    );
  const readParties = (db: DbHandle["db"], ifNoneMatch?: string) =>
    respondVersioned(
      db,
      new Request(URL_PARTIES, { headers: ifNoneMatch ? { "if-none-match": ifNoneMatch } : {} }),
      () => listResource(db, "parties", URL_PARTIES),
    );
  const slugsOf = async (response: Response) =>
    ((await response.json()) as { data: { slug: string }[] }).data.map((p) => p.slug);

  test("a write through the service gives the next read the new data and a new ETag; the old ETag gets 200", async () => {
    const serverA = get().db;
    const serverB = otherServer();
    const first = await readParties(serverB);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const oldEtag = first.headers.get("etag") ?? "";
    expect(oldEtag).toMatch(/^"v[0-9a-f]{8}_\d+-[\w-]+"$/);
    expect(await slugsOf(first)).not.toContain("data-version-party");

    const unchanged = await readParties(serverB, oldEtag);
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");

    const data = partyInput.parse({ name: "Data Version Party", kind: "state", color: "#123456" });
    const draft = await createEntry(serverA, { kind: "party", data }, meta);
    const published = await publishEntry(serverA, "party", draft.id, meta);
    expect(published.ok).toBe(true);

    const after = await readParties(serverB, oldEtag);
    expect(after.status).toBe(200);
    const newEtag = after.headers.get("etag");
    expect(newEtag).not.toBe(oldEtag);
    expect(await slugsOf(after)).toContain("data-version-party");
    expect((await readParties(serverB, newEtag ?? "")).status).toBe(304);
  });

  test("the dataset version follows published data at once on every server; a draft leaves it as it was", async () => {
    const serverB = otherServer();
    const before = await getDatasetVersion(serverB);
    const data = partyInput.parse({ name: "Dataset Digest Party", kind: "state", color: "#654321" });
    const draft = await createEntry(get().db, { kind: "party", data }, meta);
    // The counter moved (a draft row was written) but published data did not: same digest.
    expect(await getDatasetVersion(serverB)).toBe(before);
    expect((await publishEntry(get().db, "party", draft.id, meta)).ok).toBe(true);
    const after = await getDatasetVersion(serverB);
    expect(after).not.toBe(before);
    expect(after).toBe((await buildBundle(get().db, "published")).datasetVersion);
    // The API's citation names it too.
    const body = (await (await readParties(serverB)).json()) as { meta: { datasetVersion?: string } };
    expect(body.meta.datasetVersion).toBe(after);
  });

  test("one committed transaction moves the counter once; a rolled-back one, or a write readers cannot see, not at all", async () => {
    const { db } = get();
    const before = await counter();
    await db.transaction(async (tx) => {
      await tx.execute(sql`update topics set description = 'one' where slug = 'crimea'`);
      await tx.execute(sql`update topics set description = 'two' where slug = 'crimea'`);
      await tx.execute(sql`update parties set color = color`);
    });
    expect(await counter()).toBe(before + 1);

    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`update topics set description = 'three' where slug = 'crimea'`);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await counter()).toBe(before + 1);

    await db.delete(revisions).where(sql`false`);
    await db.execute(sql`update "user" set name = name`);
    expect(await counter()).toBe(before + 1);
    expect(
      Number((await db.execute(sql`select count(*)::int as n from data_version_pending`)).rows[0]?.n),
    ).toBe(0);
  });

  test("every server sees a write made on another at once", async () => {
    const serverB = otherServer();
    const seen = await readDataVersion(serverB);
    await get().db.execute(sql`update sources set title = title where false`);
    const next = await readDataVersion(serverB);
    expect(next).not.toBe(seen);
    expect(next.split(".")[0]).toBe(seen.split(".")[0]);
    expect(Number(next.split(".")[1])).toBe(Number(seen.split(".")[1]) + 1);
  });
});
