import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Where the e2e server writes its database URL for fixtures (see e2e/support/db.ts).
process.env.E2E_DB_FILE ??= path.join(tmpdir(), `parley-e2e-db-${port}.json`);

export default defineConfig({
  testDir: "./e2e",
  // Generous: CI shares two cores between the app, Postgres and Chromium.
  timeout: 60_000,
  // Runs after the web server is up: creates the accounts the editor journeys sign in with.
  globalSetup: "./e2e/global-setup.ts",
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores: one worker keeps timings stable and the sign-in rate limit out of the way.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: "node --import tsx tests/support/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(port),
      E2E_DB_FILE: process.env.E2E_DB_FILE,
    },
  },
});
