/**
 * `npm run bench:search`: what a reader's search costs. The seeded article (its
 * people, parties and aliases) plus EVENTS synthetic events and POSITIONS
 * statements (default 10,000 each) in a throw-away embedded PostgreSQL; then
 * each query below, as readers type it, through the timeline's own window
 * query (the one behind `/` and GET /api/v1/timeline, without the result
 * cache: what the first reader to type it pays). Prints p50/p95 per query and
 * over all of them beside the target, and what each found, so a fast search
 * that finds nothing shows. Writes bench-results/search.json. Figures, not assertions.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../../db/client";
import { startEmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { seedIfEmpty } from "../../db/seed";
import { getTimelineWindow } from "../../lib/queries/timeline";
import { timelineQuerySchema } from "../../lib/validation/timeline-query";
import { percentile } from "./percentile";
import { timelineCounts, timelineData } from "./synthetic-data";

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const EVENTS = num("EVENTS", 10_000);
const POSITIONS = num("POSITIONS", 10_000);
const RUNS = num("RUNS", 30);
const WARMUP = 3;
const TARGET_P95_MS = 50;

/** What readers type (issue 13): transliterations, accents, an old spelling, typos, and a miss. */
const queries = [
  "Zelenskyy",
  "Zelenski",
  "Erdoğan",
  "Erdogan",
  "Cavusoglu",
  "Kiev",
  "Istambul",
  "ceasefire",
  "Synthetic event 4242",
  "no such words anywhere",
];
/** The seed's year, and all ten years of the synthetic data with it. */
const windows = [
  { name: "1 year", from: "2022-01-01", to: "2022-12-31" },
  { name: "10 years", from: "2016-01-01", to: "2025-12-31" },
];

const round = (n: number) => Math.round(n * 10) / 10;

async function main() {
  const postgres = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(tmpdir(), "parley-bench-search-")),
    ephemeral: true,
  });
  const handle = createDb(postgres.url, 2);
  try {
    await runMigrations(handle);
    const { db } = handle;
    await seedIfEmpty(db);
    const loadStarted = performance.now();
    await timelineData(db, { ...timelineCounts, events: EVENTS, positions: POSITIONS });
    const loadSeconds = round((performance.now() - loadStarted) / 1000);

    const rows: Record<
      string,
      { window: string; p50: number; p95: number; matching: number; matched: string }
    > = {};
    const all: number[] = [];
    for (const window of windows) {
      for (const q of queries) {
        const query = timelineQuerySchema.parse({ from: window.from, to: window.to, q });
        const times: number[] = [];
        let result = await getTimelineWindow(db, query);
        for (let i = 0; i < WARMUP + RUNS; i++) {
          const t0 = performance.now();
          result = await getTimelineWindow(db, query);
          if (i >= WARMUP) times.push(performance.now() - t0);
        }
        all.push(...times);
        const named = result.search?.entities.map((e) => `${e.matched} → ${e.name}`) ?? [];
        rows[`${q} (${window.name})`] = {
          window: window.name,
          p50: round(percentile(times, 50)),
          p95: round(percentile(times, 95)),
          matching: result.counts.matching,
          matched: named.join("; ") || "—",
        };
      }
    }
    const overall = { p50: round(percentile(all, 50)), p95: round(percentile(all, 95)) };
    const load = loadavg().map((n) => n.toFixed(2));
    console.log(
      `\nSearch benchmark: ${EVENTS} synthetic events and ${POSITIONS} statements plus the seed, ` +
        `${RUNS} runs per query (load ${load.join(" ")})\n`,
    );
    console.table(rows);
    const met = overall.p95 <= TARGET_P95_MS;
    console.log(
      `all queries: p50 ${overall.p50} ms, p95 ${overall.p95} ms — target p95 ≤ ${TARGET_P95_MS} ms: ` +
        `${met ? "met" : `missed by ${round(overall.p95 - TARGET_P95_MS)} ms`}`,
    );

    const file = path.resolve("bench-results/search.json");
    mkdirSync(path.dirname(file), { recursive: true });
    let previous: Record<string, unknown> = {};
    try {
      previous = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      // First run: nothing to keep.
    }
    const result = {
      date: new Date().toISOString(),
      loadAverage: load,
      data: { events: EVENTS, positions: POSITIONS, loadSeconds },
      runsPerQuery: RUNS,
      overallMs: { ...overall, target: { p95: TARGET_P95_MS }, met },
      queries: rows,
    };
    writeFileSync(file, `${JSON.stringify({ ...previous, [String(EVENTS)]: result }, null, 2)}\n`);
    console.log(`written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await handle.pool.end();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
