/**
 * `npm run bench:timeline`: 10,000 events and 20,000 positions in a throw-away
 * embedded PostgreSQL, the real app started on it through the launcher, and
 * headless Debian Chromium measuring: time to the first drawn window, pan and
 * zoom frame times (p50/p95) at the default window, and the JavaScript
 * transferred for `/`. Prints a table and writes bench-results/timeline.json.
 * Figures, not assertions: the targets are printed beside them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { createDb } from "../../db/client";
import { startEmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { findFreePort } from "../../db/process-utils";
import { chromiumLaunchOptions } from "../../tests/support/chromium";
import { timelineCounts, timelineData } from "./synthetic-data";

const { events: EVENTS, positions: POSITIONS } = timelineCounts;
const RUNS = 5;

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

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function waitForHealth(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("the app exited during start-up");
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the app did not start");
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

async function main() {
  const started = Date.now();
  const postgres = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(tmpdir(), "parley-bench-")),
    ephemeral: true,
  });
  let app: ChildProcess | undefined;
  try {
    const handle = createDb(postgres.url, 2);
    await runMigrations(handle);
    const seeding = Date.now();
    await timelineData(handle.db);
    console.log(`generated ${EVENTS} events and ${POSITIONS} positions in ${Date.now() - seeding} ms`);
    await handle.pool.end();

    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, ["scripts/run.mjs", "launch"], {
      env: {
        ...process.env,
        DATABASE_URL: postgres.url,
        PORT: String(port),
        PARLEY_DATA_DIR: mkdtempSync(path.join(tmpdir(), "parley-bench-run-")),
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    await waitForHealth(`${base}/api/health`, app);
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

    const result = {
      date: new Date().toISOString(),
      data: { events: EVENTS, positions: POSITIONS },
      defaultWindow: mode.trim(),
      serverResponseMs: { p50: percentile(ttfb, 50), max: Math.max(...ttfb) },
      domContentLoadedMs: { p50: percentile(dcl, 50), max: Math.max(...dcl) },
      firstContentfulPaintMs: { p50: percentile(fcp, 50), max: Math.max(...fcp) },
      canvasReadyMs: { p50: percentile(canvasReady, 50), max: Math.max(...canvasReady) },
      firstDrawMs: {
        p50: percentile(firstDraw, 50),
        max: Math.max(...firstDraw),
        runs: firstDraw.map(Math.round),
        target: 500,
      },
      panFrameMs: { p50: percentile(pan, 50), p95: percentile(pan, 95), frames: pan.length, target: 16.7 },
      zoomFrameMs: { p50: percentile(zoom, 50), p95: percentile(zoom, 95), frames: zoom.length, target: 50 },
      jsTransferredKb: {
        initial: Math.round(jsInitial / 1024),
        lazy: Math.round(jsLazy / 1024),
        total: Math.round((jsInitial + jsLazy) / 1024),
        target: 250,
      },
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    const f = (n: number) => n.toFixed(1);
    console.log("\nbench:timeline — 10,000 events, 20,000 positions, headless Chromium 1280×900");
    console.log(`default window: ${result.defaultWindow}`);
    console.table({
      "server response, TTFB (ms)": {
        p50: f(result.serverResponseMs.p50),
        "p95/max": f(result.serverResponseMs.max),
        target: "",
      },
      "DOMContentLoaded (ms)": {
        p50: f(result.domContentLoadedMs.p50),
        "p95/max": f(result.domContentLoadedMs.max),
        target: "",
      },
      "first contentful paint (ms)": {
        p50: f(result.firstContentfulPaintMs.p50),
        "p95/max": f(result.firstContentfulPaintMs.max),
        target: "",
      },
      "first drawn window (ms)": {
        p50: f(result.firstDrawMs.p50),
        "p95/max": f(result.firstDrawMs.max),
        target: "≤ 500",
      },
      "interactive canvas drawn (ms)": {
        p50: f(result.canvasReadyMs.p50),
        "p95/max": f(result.canvasReadyMs.max),
        target: "",
      },
      "pan frame (ms)": {
        p50: f(result.panFrameMs.p50),
        "p95/max": f(result.panFrameMs.p95),
        target: "p95 ≤ 16.7",
      },
      "zoom frame (ms)": {
        p50: f(result.zoomFrameMs.p50),
        "p95/max": f(result.zoomFrameMs.p95),
        target: "p95 ≤ 50",
      },
      "JS for /, initial (KB, compressed)": {
        p50: String(result.jsTransferredKb.initial),
        "p95/max": "",
        target: "≤ 250",
      },
      "JS for /, + lazy chunks (KB)": {
        p50: String(result.jsTransferredKb.total),
        "p95/max": "",
        target: "",
      },
    });
    if (process.argv.includes("--chunks")) {
      for (const s of scripts.sort((a, b) => b.bytes - a.bytes))
        console.log(`${(s.bytes / 1024).toFixed(1)} KB ${s.path}`);
    }
    mkdirSync("bench-results", { recursive: true });
    writeFileSync("bench-results/timeline.json", `${JSON.stringify(result, null, 2)}\n`);
    console.log("written to bench-results/timeline.json");
  } finally {
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app?.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
    await postgres.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
