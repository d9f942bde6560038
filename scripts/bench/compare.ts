/**
 * `npm run bench:compare`: the compare matrix (10 parties × 30 topics, two
 * dates) over 100,000 stored positions on a throw-away embedded PostgreSQL.
 * Prints the client round trip (what the page waits for) and the server's own
 * execution time from EXPLAIN ANALYZE, p50/p95 over warm runs, as a table and JSON.
 * A benchmark, not a test: it reports figures and asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { compareMatrixSql, getCompareMatrix } from "../../lib/queries/compare";
import { type Bench, percentile, runBenchmark } from "./harness";
import { compareCounts, compareData } from "./synthetic-data";

const { parties: PARTIES, topics: TOPICS, positions: POSITIONS } = compareCounts;

const RUNS = 50;
const WARMUP = 5;
const TARGET_MS = 50;
const dates = ["2019-06-30", "2023-03-29"];

const round = (n: number) => Math.round(n * 100) / 100;

async function main({ handle }: Bench) {
  const started = performance.now();
  const { db } = handle;
  const insertStarted = performance.now();
  await compareData(db);
  const insertMs = performance.now() - insertStarted;

  const params = { dates, partySlugs: [], topicSlugs: [] };
  const client: number[] = [];
  const server: number[] = [];
  let cells = 0;
  let filled = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    const matrix = await getCompareMatrix(db, params);
    const elapsed = performance.now() - t0;
    const explained = await db.execute<{ "QUERY PLAN": { "Execution Time": number }[] }>(
      sql`explain (analyze, format json) ${compareMatrixSql(params)}`,
    );
    if (i < WARMUP) continue;
    client.push(elapsed);
    server.push(explained.rows[0]?.["QUERY PLAN"][0]?.["Execution Time"] ?? Number.NaN);
    cells = matrix.length;
    filled = matrix.reduce((n, c) => n + c.byDate.filter(Boolean).length, 0);
  }
  const plan = await db.execute<{ "QUERY PLAN": string }>(sql`explain ${compareMatrixSql(params)}`);
  const usesIndex = plan.rows.some((r) => r["QUERY PLAN"].includes("positions_as_of_idx"));
  if (process.argv.includes("--plan")) console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));

  const result = {
    positions: POSITIONS,
    parties: PARTIES,
    topics: TOPICS,
    dates,
    cells,
    filledCellDates: filled,
    runs: RUNS,
    serverMs: { p50: round(percentile(server, 50)), p95: round(percentile(server, 95)) },
    roundTripMs: { p50: round(percentile(client, 50)), p95: round(percentile(client, 95)) },
    usesAsOfIndex: usesIndex,
    targetMs: TARGET_MS,
    withinTarget: percentile(server, 95) <= TARGET_MS,
    loadSeconds: round(insertMs / 1000),
    totalSeconds: round((performance.now() - started) / 1000),
  };
  console.log("\nCompare matrix benchmark (embedded PostgreSQL 18)\n");
  console.table({
    "server (EXPLAIN ANALYZE)": { p50: result.serverMs.p50, p95: result.serverMs.p95 },
    "round trip incl. JSON": { p50: result.roundTripMs.p50, p95: result.roundTripMs.p95 },
  });
  console.log(
    `${cells} cells × ${dates.length} dates, ${filled} filled; as-of index used: ${usesIndex}; ` +
      `target ≤ ${TARGET_MS} ms server p95: ${result.withinTarget ? "met" : "NOT met"}`,
  );
  console.log(JSON.stringify(result));
}

runBenchmark("parley-bench", main);
