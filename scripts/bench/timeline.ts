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
import { chromium, type Page } from "playwright";
import { createDb } from "../../db/client";
import { startEmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { findFreePort } from "../../db/process-utils";
import { chromiumLaunchOptions } from "../../tests/support/chromium";
import { generateSyntheticData } from "./synthetic-data";

const EVENTS = 10_000;
const POSITIONS = 20_000;
const RUNS = 5;

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
    await generateSyntheticData(handle.db, { parties: 10, topics: 30, events: EVENTS, positions: POSITIONS });
    console.log(`generated ${EVENTS} events and ${POSITIONS} positions in ${Date.now() - seeding} ms`);
    await handle.pool.end();

    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, ["--import", "tsx", "scripts/launch.ts"], {
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
    const ttfb: number[] = [];
    const dcl: number[] = [];
    let pan: number[] = [];
    let zoom: number[] = [];
    let jsBytes = 0;
    let mode = "";
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/`, { waitUntil: "commit" });
      // First drawn window: the first item painted on the canvas, in ms since navigation start.
      const drawn = await page.evaluate<number>(`new Promise(function (resolve) {
        (function check() {
          if (document.querySelector("[data-testid=timeline] .vis-item")) resolve(performance.now());
          else requestAnimationFrame(check);
        })();
      })`);
      firstDraw.push(drawn);
      // Where the time goes: server response, then parsing/hydration, then the canvas.
      const nav = await page.evaluate<{ ttfb: number; dcl: number }>(
        `(function () { var n = performance.getEntriesByType("navigation")[0]; return { ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd }; })()`,
      );
      ttfb.push(nav.ttfb);
      dcl.push(nav.dcl);
      if (run === 0) {
        mode = (await page.getByTestId("timeline-status").textContent()) ?? "";
        await page.waitForLoadState("networkidle");
        jsBytes = await page.evaluate<number>(`performance.getEntriesByType("resource")
          .filter(function (e) { return e.initiatorType === "script" || /\\.js(\\?|$)/.test(e.name); })
          .reduce(function (sum, e) { return sum + e.transferSize; }, 0)`);
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
      firstDrawMs: {
        p50: percentile(firstDraw, 50),
        max: Math.max(...firstDraw),
        runs: firstDraw.map(Math.round),
        target: 500,
      },
      panFrameMs: { p50: percentile(pan, 50), p95: percentile(pan, 95), frames: pan.length, target: 16.7 },
      zoomFrameMs: { p50: percentile(zoom, 50), p95: percentile(zoom, 95), frames: zoom.length, target: 50 },
      jsTransferredKb: { total: Math.round(jsBytes / 1024), target: 250 },
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
      "first drawn window (ms)": {
        p50: f(result.firstDrawMs.p50),
        "p95/max": f(result.firstDrawMs.max),
        target: "≤ 500",
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
      "JS for / (KB, compressed)": {
        p50: String(result.jsTransferredKb.total),
        "p95/max": "",
        target: "≤ 250",
      },
    });
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
