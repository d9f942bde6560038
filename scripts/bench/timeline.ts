/**
 * `npm run bench:timeline`: EVENTS events and POSITIONS positions (default 10,000
 * and 20,000; e.g. `EVENTS=100000 POSITIONS=200000 npm run bench:timeline`) in a
 * throw-away embedded PostgreSQL, the real app started on it through the
 * launcher, and headless Debian Chromium measuring: time to the first drawn
 * window (p50/p95 over RUNS loads), pan and zoom frame times at the default
 * window, the JavaScript transferred for `/`, and the window query at 1 month,
 * 1 year and 10 years (in the database, and as the API answers it). Prints each
 * figure beside its target, met or missed, and writes bench-results/timeline.json (one entry per
 * data size, keyed by EVENTS).
 * Figures, not assertions.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { chromium, type Page } from "@playwright/test";
import type { DbHandle } from "../../db/client";
import { getTimelineWindow } from "../../lib/queries/timeline";
import { timelineQuerySchema } from "../../lib/validation/timeline-query";
import { chromiumLaunchOptions } from "../../tests/support/chromium";
import { type Bench, loadAverage, percentile, runBenchmark } from "./harness";
import { timelineCounts, timelineData } from "./synthetic-data";

const counted = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
};
const counts = {
  ...timelineCounts,
  events: counted("EVENTS", timelineCounts.events),
  positions: counted("POSITIONS", timelineCounts.positions),
};
const { events: EVENTS, positions: POSITIONS } = counts;
const RUNS = counted("RUNS", 12);
const QUERY_RUNS = 30;
/** Windows inside the synthetic data's ten years (2016–2025); each run shifts by a day, so no cache answers. */
const WINDOWS = [
  { name: "1 month", from: "2020-06-01", days: 30 },
  { name: "1 year", from: "2020-01-01", days: 365 },
  { name: "10 years", from: "2016-01-01", days: 3652 },
];
const shift = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Installed before any page script. Timeline items mark their text with
 * `elementtiming="timeline-item"` (the server-rendered strip and vis-timeline's
 * items alike), so the Element Timing API reports when each was first painted
 * on screen (renderTime: the frame's presentation, not when the DOM existed;
 * hidden elements are not painted and not reported). `firstDrawn` is the first
 * item of either kind, i.e. when the reader first sees the window's items;
 * `canvas` the first item inside vis-timeline (`.vis-item`), i.e. when the
 * interactive canvas has replaced the strip. FCP is kept for comparison.
 */
const PAINT_PROBE = `(function () {
  var marks = (window.__parleyBench = { firstDrawn: null, canvas: null, fcp: null });
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { if (e.name === "first-contentful-paint") marks.fcp = e.startTime; });
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) {
      if (e.identifier !== "timeline-item") return;
      var t = e.renderTime || e.loadTime;
      if (marks.firstDrawn == null || t < marks.firstDrawn) marks.firstDrawn = t;
      if (e.element && e.element.closest(".vis-item") && (marks.canvas == null || t < marks.canvas)) marks.canvas = t;
    });
  }).observe({ type: "element", buffered: true });
})()`;

/** The window query p50/p95: in the database (getTimelineWindow) and through GET /api/v1/timeline. */
async function windowQueries(handle: DbHandle, base: string) {
  const results = [];
  for (const w of WINDOWS) {
    const db: number[] = [];
    const api: number[] = [];
    let mode = "";
    for (let run = -3; run < QUERY_RUNS; run++) {
      const from = shift(w.from, run + 3);
      const to = shift(from, w.days);
      let t = performance.now();
      const window = await getTimelineWindow(handle.db, timelineQuerySchema.parse({ from, to }));
      if (run >= 0) db.push(performance.now() - t);
      mode = `${window.mode}${window.bucketSize ? ` by ${window.bucketSize}` : ""}, ${window.mode === "items" ? window.items.length : window.buckets.length} rows`;
      t = performance.now();
      const response = await fetch(`${base}/api/v1/timeline?from=${from}&to=${to}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`GET /api/v1/timeline answered ${response.status}`);
      if (run >= 0) api.push(performance.now() - t);
    }
    results.push({
      window: w.name,
      mode,
      dbMs: { p50: percentile(db, 50), p95: percentile(db, 95) },
      apiMs: { p50: percentile(api, 50), p95: percentile(api, 95) },
      target: 50,
    });
  }
  return results;
}

/** Frame durations while `action` runs, from requestAnimationFrame deltas in the page. */
async function frameTimes(page: Page, action: () => Promise<void>): Promise<number[]> {
  // Page scripts are strings: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(function () {
    window.__frames = []; window.__recording = true; var last = performance.now();
    function tick(now) { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); }
    requestAnimationFrame(tick);
  })()`);
  await action();
  return page.evaluate<number[]>("(window.__recording = false, window.__frames.slice(1))");
}

async function main({ handle, startApp }: Bench) {
  const started = Date.now();
  const seeding = Date.now();
  await timelineData(handle.db, counts);
  const seedMs = Date.now() - seeding;
  console.log(
    `generated ${EVENTS} events and ${POSITIONS} positions in ${seedMs} ms (bucket triggers included)`,
  );

  const { base } = await startApp();
  if (process.argv.includes("--serve")) {
    // Dev aid: keep the synthetic app up for profiling, until Ctrl-C.
    console.log(`serving the synthetic data set at ${base} — Ctrl-C to stop`);
    await new Promise((resolve) => process.once("SIGINT", resolve));
    return;
  }

  const browser = await chromium.launch(chromiumLaunchOptions);
  const firstDraw: number[] = [];
  const canvasReady: number[] = [];
  const fcp: number[] = [];
  const ttfb: number[] = [];
  const dcl: number[] = [];
  let pan: number[] = [];
  let zoom: number[] = [];
  let jsInitial = 0;
  let jsLazy = 0;
  let scripts: { path: string; bytes: number }[] = [];
  let mode = "";
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(PAINT_PROBE);
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: "commit" });
    const marks = await page.evaluate<{
      firstDrawn: number;
      canvas: number;
      fcp: number;
    }>(`new Promise(function (resolve) {
      (function wait() {
        var m = window.__parleyBench;
        if (m && m.firstDrawn != null && m.canvas != null) resolve(m); else setTimeout(wait, 20);
      })();
    })`);
    firstDraw.push(marks.firstDrawn);
    canvasReady.push(marks.canvas);
    fcp.push(marks.fcp);
    // Where the time goes: server response, then parsing/hydration, then the canvas.
    const nav = await page.evaluate<{ ttfb: number; dcl: number }>(
      `(function () { var n = performance.getEntriesByType("navigation")[0]; return { ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd }; })()`,
    );
    ttfb.push(nav.ttfb);
    dcl.push(nav.dcl);
    if (run === 0) {
      mode = (await page.getByTestId("timeline-status").textContent()) ?? "";
      await page.waitForLoadState("networkidle");
      // Initial JS: the scripts the HTML names (what must load before the page is interactive);
      // lazy JS: chunks loaded later by import() (vis-timeline), which the total also counts.
      const html = await (await fetch(`${base}/`)).text();
      const named = [...new Set(html.match(/\/_next\/static\/[^"'\s]+\.js/g) ?? [])];
      scripts = await page.evaluate<
        { path: string; bytes: number }[]
      >(`performance.getEntriesByType("resource")
        .filter(function (e) { return e.initiatorType === "script" || /\\.js(\\?|$)/.test(e.name); })
        .map(function (e) { return { path: new URL(e.name).pathname, bytes: e.transferSize }; })`);
      for (const s of scripts) {
        if (named.includes(s.path)) jsInitial += s.bytes;
        else jsLazy += s.bytes;
      }
    }
    if (run === RUNS - 1) {
      const box = await page.getByTestId("timeline").boundingBox();
      if (!box) throw new Error("no timeline on the page");
      const y = box.y + box.height / 2;
      const x = box.x + box.width / 2;
      pan = await frameTimes(page, async () => {
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let i = 0; i < 60; i++) await page.mouse.move(x - i * 6, y);
        await page.mouse.up();
      });
      await page.keyboard.down("Control");
      zoom = await frameTimes(page, async () => {
        for (let i = 0; i < 10; i++) {
          await page.mouse.wheel(0, i < 5 ? -120 : 120);
          await page.waitForTimeout(50);
        }
      });
      await page.keyboard.up("Control");
    }
    await context.close();
  }
  await browser.close();
  const queries = await windowQueries(handle, base);
  await handle.pool.end();

  const drawTarget = EVENTS > 10_000 ? { p50: 500, p95: 500 } : { p50: 300, p95: 500 };
  const kb = (bytes: number) => Math.round(bytes / 1024);
  const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
  const result = {
    date: new Date().toISOString(),
    data: { events: EVENTS, positions: POSITIONS, generatedMs: seedMs },
    runs: RUNS,
    defaultWindow: mode.trim(),
    serverResponseMs: stats(ttfb),
    domContentLoadedMs: stats(dcl),
    firstContentfulPaintMs: stats(fcp),
    canvasReadyMs: stats(canvasReady),
    firstDrawMs: { ...stats(firstDraw), runs: firstDraw.map(Math.round), target: drawTarget },
    panFrameMs: { ...stats(pan), frames: pan.length, target: { p95: 16.7 } },
    zoomFrameMs: { ...stats(zoom), frames: zoom.length, target: { p95: 50 } },
    jsTransferredKb: {
      beforeInteraction: kb(jsInitial),
      lazy: kb(jsLazy),
      total: kb(jsInitial + jsLazy),
      target: { beforeInteraction: 150, total: 250 },
    },
    windowQueries: queries,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  const f = (n: number) => n.toFixed(1);
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  const rows: Record<string, { p50: string; p95: string; target: string; verdict: string }> = {
    "server response, TTFB (ms)": {
      p50: f(result.serverResponseMs.p50),
      p95: f(result.serverResponseMs.p95),
      target: "",
      verdict: "",
    },
    "first contentful paint (ms)": {
      p50: f(result.firstContentfulPaintMs.p50),
      p95: f(result.firstContentfulPaintMs.p95),
      target: "",
      verdict: "",
    },
    "first drawn window (ms)": {
      p50: f(result.firstDrawMs.p50),
      p95: f(result.firstDrawMs.p95),
      target: `p50 ≤ ${drawTarget.p50}, p95 ≤ ${drawTarget.p95}`,
      verdict: verdict(result.firstDrawMs.p50 <= drawTarget.p50 && result.firstDrawMs.p95 <= drawTarget.p95),
    },
    "interactive canvas drawn (ms)": {
      p50: f(result.canvasReadyMs.p50),
      p95: f(result.canvasReadyMs.p95),
      target: "",
      verdict: "",
    },
    "pan frame (ms)": {
      p50: f(result.panFrameMs.p50),
      p95: f(result.panFrameMs.p95),
      target: "p95 ≤ 16.7",
      verdict: verdict(result.panFrameMs.p95 <= 16.7),
    },
    "zoom frame (ms)": {
      p50: f(result.zoomFrameMs.p50),
      p95: f(result.zoomFrameMs.p95),
      target: "p95 ≤ 50",
      verdict: verdict(result.zoomFrameMs.p95 <= 50),
    },
    "JS before interaction (KB, compressed)": {
      p50: String(result.jsTransferredKb.beforeInteraction),
      p95: "",
      target: "≤ 150",
      verdict: verdict(result.jsTransferredKb.beforeInteraction <= 150),
    },
    "JS for /, total with lazy chunks (KB)": {
      p50: String(result.jsTransferredKb.total),
      p95: "",
      target: "≤ 250",
      verdict: verdict(result.jsTransferredKb.total <= 250),
    },
  };
  for (const q of queries) {
    rows[`window query ${q.window}, database (ms)`] = {
      p50: f(q.dbMs.p50),
      p95: f(q.dbMs.p95),
      target: "p95 ≤ 50",
      verdict: verdict(q.dbMs.p95 <= 50),
    };
    rows[`window query ${q.window}, API (ms)`] = {
      p50: f(q.apiMs.p50),
      p95: f(q.apiMs.p95),
      target: "p95 ≤ 50",
      verdict: verdict(q.apiMs.p95 <= 50),
    };
  }
  console.log(
    `\nbench:timeline — ${EVENTS.toLocaleString("en")} events, ${POSITIONS.toLocaleString("en")} positions, ${RUNS} loads, headless Chromium 1280×900`,
  );
  console.log(`default window: ${result.defaultWindow}`);
  console.log(`load average (1/5/15 min): ${loadAverage()}`);
  for (const q of queries) console.log(`window ${q.window}: ${q.mode}`);
  console.table(rows);
  if (process.argv.includes("--chunks")) {
    for (const s of scripts.sort((a, b) => b.bytes - a.bytes))
      console.log(`${(s.bytes / 1024).toFixed(1)} KB ${s.path}`);
  }
  // One entry per data size (keyed by EVENTS), so runs at 1,000, 10,000 and 100,000 sit side by side.
  mkdirSync("bench-results", { recursive: true });
  const file = "bench-results/timeline.json";
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { bySize?: object }) : {};
  const bySize = {
    ...previous.bySize,
    [EVENTS]: { ...result, load: loadAverage() },
  };
  writeFileSync(file, `${JSON.stringify({ bySize }, null, 2)}\n`);
  console.log(`written to ${file} (bySize.${EVENTS})`);
}

runBenchmark("parley-bench", main);
