import type { Database } from "@/db/client";
import { readDataVersion } from "@/lib/cache/data-version";
import { compareVersions } from "@/lib/cache/result-cache";
import { inThisRequest } from "@/lib/net/shared-work";
import { type Bundle, buildBundle } from "./export";

/** What /data shows of the published bundle: everything but its tables. */
export type DatasetSummary = Pick<Bundle, "counts" | "licence" | "lastUpdated" | "datasetVersion">;

/**
 * The published data set's version as /data shows it (a digest of the bundle),
 * for citations on every page and API answer without building the bundle on
 * each request. The bundle is built once per data version (migration
 * 0008_data_version: a counter every committed write to a reader-visible table
 * moves, on any server), so the digest is never stale and costs one shared
 * one-row read per request. A write that leaves published rows alone (a draft)
 * moves the counter but gives the same digest.
 */
type Memo = { dataVersion: string | null; summary: Promise<DatasetSummary> | null };

// One memo per database handle; on globalThis so separate route bundles share it.
const shared = globalThis as { __parleyDatasetSummaries?: WeakMap<Database, Memo> };
shared.__parleyDatasetSummaries ??= new WeakMap();
const memos = shared.__parleyDatasetSummaries;

function memoFor(db: Database): Memo {
  let memo = memos.get(db);
  if (!memo) {
    memo = { dataVersion: null, summary: null };
    memos.set(db, memo);
  }
  return memo;
}

/** Counts, licence, last update and digest of the published bundle, built at most once per data version. */
export async function getDatasetSummary(db: Database): Promise<DatasetSummary> {
  const memo = memoFor(db);
  const current = await readDataVersion(db);
  // Equal: built for this version. Older (a request that read the counter just before a write): the newer build serves.
  if (memo.summary && compareVersions(current, memo.dataVersion) <= 0) return inThisRequest(memo.summary);
  const summary = buildBundle(db, "published").then(({ counts, licence, lastUpdated, datasetVersion }) => ({
    counts,
    licence,
    lastUpdated,
    datasetVersion,
  }));
  memo.dataVersion = current;
  memo.summary = summary;
  // A failed build must not stick: the next request tries again.
  summary.catch(() => {
    if (memo.summary === summary) {
      memo.summary = null;
      memo.dataVersion = null;
    }
  });
  return inThisRequest(summary);
}

/** The current datasetVersion of the published bundle (same value as /data and parley.json). */
export async function getDatasetVersion(db: Database): Promise<string> {
  return (await getDatasetSummary(db)).datasetVersion;
}
