/**
 * `npm run bench:serve`: what it costs to serve readers. Synthetic data
 * (EVENTS events and POSITIONS positions, default 10,000 each) in a throw-away
 * embedded PostgreSQL, the production app started on it through the launcher
 * (which builds when sources changed), then autocannon with CONNECTIONS (20)
 * connections for DURATION (20) seconds per route. "uncached" routes ask for a
 * different window on every request, so each one misses the result cache and
 * the ETag: what a reader pays the first time. Prints req/s, p50/p95/p99,
 * bytes per response, timeouts and non-2xx, and the server's peak RSS (from
 * /proc) beside each target, marked met or missed; writes bench-results/serve.json.
 * ROUTES (comma-separated names, e.g. `ROUTES=/compare`) runs only those routes.
 * `--memory` samples the server's process.memoryUsage() and prints it at the RSS peak.
 * `--cpu-prof` also profiles the app server and prints its top frames.
 * Figures, not assertions.
 */
import { execSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { topFrames } from "./cpu-profile";
import { type Bench, loadAverage, percentile, runBenchmark } from "./harness";
import { timelineData } from "./synthetic-data";

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const EVENTS = num("EVENTS", 10_000);
const POSITIONS = num("POSITIONS", 10_000);
const DURATION = num("DURATION", 20);
const CONNECTIONS = num("CONNECTIONS", 20);
const PROFILE = process.argv.includes("--cpu-prof");
const MEMORY = process.argv.includes("--memory");
/** ROUTES=/compare,/ (comma-separated route names) measures only those, leaving the machine to others. */
const ONLY = process.env.ROUTES?.split(",").map((r) => r.trim());

type Target = { rps?: number; p99?: number; p95?: number; kb?: number };
const RSS_TARGET_MB = 400;
const day = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The i-th distinct window of `days` days: starts move a day at a time, then lengths grow by one day. */
const windowPath = (days: number) => (i: number) => {
  const from = Date.UTC(2016, 0, 1) + (i % 3000) * day;
  return `/api/v1/timeline?from=${isoDay(from)}&to=${isoDay(from + (days + Math.floor(i / 3000)) * day)}`;
};
type Route = { name: string; path: string; target: Target; vary?: (i: number) => string };
const routes: Route[] = [
  { name: "/", path: "/", target: { rps: 200, p99: 250 } },
  {
    name: "timeline 1 month uncached",
    path: "/api/v1/timeline?from=2020-03-01&to=2020-03-31",
    target: { p95: 50 },
    vary: windowPath(30),
  },
  {
    name: "timeline 1 year uncached",
    path: "/api/v1/timeline?from=2020-01-01&to=2020-12-31",
    target: { p95: 50 },
    vary: windowPath(365),
  },
  {
    name: "timeline 10 years uncached",
    path: "/api/v1/timeline?from=2016-01-01&to=2025-12-31",
    target: { p95: 50 },
    vary: windowPath(3650),
  },
  { name: "timeline 1 month", path: "/api/v1/timeline?from=2020-03-01&to=2020-03-31", target: { rps: 1000 } },
  { name: "timeline 1 year", path: "/api/v1/timeline?from=2020-01-01&to=2020-12-31", target: { rps: 1000 } },
  {
    name: "timeline 10 years",
    path: "/api/v1/timeline?from=2016-01-01&to=2025-12-31",
    target: { rps: 1000 },
  },
  { name: "/api/v1/events", path: "/api/v1/events", target: {} },
  { name: "/compare", path: "/compare", target: { rps: 100, p95: 150, kb: 300 } },
];

/** The app server's resident memory in MB: VmRSS of the launcher's child running serve.mjs. */
function serverRssMb(launcherPid: number): number {
  try {
    const children = readFileSync(`/proc/${launcherPid}/task/${launcherPid}/children`, "utf8")
      .trim()
      .split(/\s+/);
    for (const pid of children) {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmdline.includes("serve.mjs")) continue;
      const rss = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
      return rss ? Number(rss[1]) / 1024 : 0;
    }
  } catch {
    // The server is between start and exit: no figure this tick.
  }
  return 0;
}

function verdict(value: number, limit: number | undefined, atLeast: boolean): string {
  if (limit === undefined) return "";
  const met = atLeast ? value >= limit : value <= limit;
  const by = atLeast
    ? `${Math.round((100 * (limit - value)) / limit)}% short`
    : `${Math.round((100 * (value - limit)) / limit)}% over`;
  return `${atLeast ? "≥" : "≤"} ${limit} ${met ? "met" : `MISSED (${by})`}`;
}

async function main({ handle, startApp, stopApp }: Bench) {
  const profileDir = path.resolve("bench-results/cpu-prof");
  const seeding = Date.now();
  await timelineData(handle.db, { parties: 10, topics: 30, events: EVENTS, positions: POSITIONS });
  console.log(`generated ${EVENTS} events and ${POSITIONS} positions in ${Date.now() - seeding} ms`);
  await handle.pool.end();

  if (PROFILE) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const memoryLog = path.join(mkdtempSync(path.join(tmpdir(), "parley-serve-mem-")), "memory.jsonl");
  const hooks = [
    ...(PROFILE ? [`--import=${path.resolve("scripts/bench/cpu-prof-hook.mjs")}`] : []),
    ...(MEMORY ? [`--import=${path.resolve("scripts/bench/memory-hook.mjs")}`] : []),
  ];
  const { app, base } = await startApp({
    ...(hooks.length ? { NODE_OPTIONS: hooks.join(" ") } : {}),
    ...(PROFILE ? { PARLEY_CPU_PROF_DIR: profileDir } : {}),
    ...(MEMORY ? { PARLEY_MEMORY_LOG: memoryLog } : {}),
  });
  console.log(`app server at ${base}`);
  if (process.argv.includes("--serve")) {
    // Dev aid: keep the synthetic app up for poking and profiling, until Ctrl-C or SIGTERM.
    console.log(`serving the synthetic data set at ${base} — Ctrl-C to stop`);
    await new Promise((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    return;
  }
  const launcherPid = app.pid ?? 0;
  let peakRss = serverRssMb(launcherPid);
  const results = [];
  for (const route of routes.filter((r) => !ONLY || ONLY.includes(r.name))) {
    const url = `${base}${route.path}`;
    const first = Date.now();
    const body = await (await fetch(url)).text(); // the first, uncached request; also fills the cache
    const firstMs = Date.now() - first;
    let routePeak = 0;
    const sampler = setInterval(() => {
      routePeak = Math.max(routePeak, serverRssMb(launcherPid));
    }, 250);
    const latencies: number[] = [];
    let sent = 0;
    const vary = route.vary;
    const run = autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION,
      timeout: 10,
      ...(vary ? { requests: [{ setupRequest: (request) => ({ ...request, path: vary(++sent) }) }] } : {}),
    });
    run.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
    const r = await run;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, routePeak);
    latencies.sort((x, y) => x - y);
    const row = {
      route: route.name,
      path: route.path,
      firstRequestMs: firstMs,
      cached: !vary,
      rps: Math.round(r.requests.average),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      kb: Math.round(Buffer.byteLength(body) / 102.4) / 10,
      timeouts: r.timeouts,
      errors: r.errors,
      non2xx: r.non2xx,
      rssMb: Math.round(routePeak),
      target: route.target,
    };
    results.push(row);
    console.log(JSON.stringify(row));
  }
  const load = loadAverage();
  console.log(
    `\nbench:serve — ${EVENTS} events, ${POSITIONS} positions, ${CONNECTIONS} connections × ${DURATION} s; load ${load}`,
  );
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.route,
        {
          "req/s": r.rps,
          "req/s target": verdict(r.rps, r.target.rps, true),
          "p50 ms": r.p50,
          "p95 ms": r.p95,
          "p99 ms": r.p99,
          "latency target":
            r.target.p99 !== undefined
              ? `p99 ${verdict(r.p99, r.target.p99, false)}`
              : r.target.p95 !== undefined
                ? `p95 ${verdict(r.p95, r.target.p95, false)}`
                : "",
          KB: r.kb,
          "KB target": verdict(r.kb, r.target.kb, false),
          "timeouts/non-2xx": `${r.timeouts}/${r.non2xx}`,
          "RSS MB": r.rssMb,
          "first ms": r.firstRequestMs,
        },
      ]),
    ),
  );
  console.log(
    `server RSS, max over the run: ${Math.round(peakRss)} MB (${verdict(Math.round(peakRss), RSS_TARGET_MB, false)})`,
  );
  mkdirSync("bench-results", { recursive: true });
  const result = {
    date: new Date().toISOString(),
    data: { events: EVENTS, positions: POSITIONS },
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    loadAverage: loadavg(),
    cpus: Number(execSync("nproc").toString().trim()),
    routes: results,
    peakRssMb: Math.round(peakRss),
    rssTargetMb: RSS_TARGET_MB,
  };
  // One entry per data size, so the 10,000 and 100,000 runs sit side by side.
  const file = "bench-results/serve.json";
  let runs: Record<string, unknown> = {};
  try {
    const previous = JSON.parse(readFileSync(file, "utf8")) as { runs?: Record<string, unknown> };
    runs = previous.runs ?? {};
  } catch {
    // No earlier run (or the older one-run layout): start afresh.
  }
  // A profiled run is slower: kept beside the plain one, never in its place.
  // So is a run of some routes only: ROUTES is part of its key.
  const key = `${EVENTS} events, ${POSITIONS} positions, ${DURATION} s${PROFILE ? ", --cpu-prof" : ""}${ONLY ? `, ROUTES=${ONLY.join(",")}` : ""}`;
  runs[key] = result;
  writeFileSync(file, `${JSON.stringify({ runs }, null, 2)}\n`);
  console.log(`written to ${file}`);
  // The profile is written as the app exits.
  await stopApp();
  if (MEMORY) printMemory(memoryLog);
  if (PROFILE) {
    console.log("\nserver CPU profile, top frames by self time:");
    for (const line of topFrames(profileDir)) console.log(line);
  }
}

/** The app server's memory at its RSS peak and at the end, split as process.memoryUsage() splits it. */
function printMemory(file: string) {
  let samples: Record<string, unknown>[] = [];
  try {
    samples = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch {
    console.log("\nno memory samples written");
    return;
  }
  const peak = samples.reduce((best, s) => (Number(s.rss) > Number(best.rss) ? s : best), samples[0] ?? {});
  console.log("\nserver memory (MB; cache = the result cache's entries and estimated bytes):");
  console.table({ "at peak RSS": peak, "last sample": samples.at(-1) ?? {} });
}

runBenchmark("parley-serve", main);
