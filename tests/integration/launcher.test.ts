/**
 * `npm start` with DATABASE_URL: the launcher starts no database of its own,
 * migrates and seeds the given server, and serves the same pages. Run against
 * Debian's PostgreSQL 15 so the older major version is proven end to end.
 * Needs a production build (npm test builds before the integration step).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "../../db/process-utils";
import { createTestDatabase } from "../support/databases";

const root = path.resolve(import.meta.dirname, "../..");
const server = inject("postgresServers").find((s) => s.name.includes("15"));
const hasBuild = existsSync(path.join(root, ".next", "BUILD_ID"));

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`launcher exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

// Outside CI a missing build only skips; in CI (npm test builds first) it must run.
describe.skipIf((!server || !hasBuild) && !process.env.CI)(
  "launcher with DATABASE_URL (Debian PostgreSQL 15)",
  () => {
    let launcher: ChildProcess | undefined;
    let drop: (() => Promise<void>) | undefined;
    let base = "";
    let output = "";

    beforeAll(async () => {
      if (!server) return;
      // An empty database: the launcher must migrate and seed it itself.
      const database = await createTestDatabase(server, { seed: false });
      await database.pool.end();
      drop = async () => {
        const { default: pg } = await import("pg");
        const admin = new pg.Client({ connectionString: server.url });
        await admin.connect();
        await admin.query(`drop database if exists ${new URL(database.url).pathname.slice(1)} with (force)`);
        await admin.end();
      };
      const port = await findFreePort();
      base = `http://127.0.0.1:${port}`;
      launcher = spawn(process.execPath, ["scripts/run.mjs", "launch"], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          PORT: String(port),
          PARLEY_DATA_DIR: path.join(root, "data", "launcher-test"),
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      launcher.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
      await waitForHealth(`${base}/api/health`, launcher, 60_000);
    });

    afterAll(async () => {
      if (launcher && launcher.exitCode === null) {
        const exited = new Promise((resolve) => launcher?.on("exit", resolve));
        launcher.kill("SIGTERM");
        await exited;
      }
      await drop?.();
    });

    it("starts no embedded server, migrates and seeds the given database", () => {
      expect(output).toContain("using the PostgreSQL server at DATABASE_URL");
      expect(output).toContain("migrated and seeded an empty database");
      expect(output).not.toContain("embedded PostgreSQL ready");
    });

    it("prints each start phase as it ends, then all of them once / is served", async () => {
      // The summary comes once the launcher's own request for / has answered, just after /api/health.
      for (let i = 0; i < 600 && !output.includes("serving / after"); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      for (const name of ["install check", "migrate", "seed", "listen (server up, / rendered)"])
        expect(output).toContain(`[parley] phase: ${name} `);
      expect(output).toMatch(
        /serving \/ after \d+\.\d s \(install check \d+\.\d s, migrate \d+\.\d s, seed \d+\.\d s, listen \(server up, \/ rendered\) \d+\.\d s\)/,
      );
    });

    it("serves the seeded events through the API and the pages", async () => {
      const response = await fetch(`${base}/api/v1/events?from=2022-02-01&to=2022-04-30`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { slug: string; sources: { url: string | null }[] }[] };
      expect(body.data.map((e) => e.slug)).toContain("istanbul-talks-2022-03-29");
      for (const event of body.data) expect(event.sources.length).toBeGreaterThan(0);
      const page = await fetch(`${base}/events/gomel-talks-2022-02-28`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Gomel region");
    });

    it("keeps the sign-in limit when a client makes up a new X-Forwarded-For each try", async () => {
      const statuses: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const response = await fetch(`${base}/api/auth/sign-in/email`, {
          method: "POST",
          headers: {
            Origin: base,
            "Content-Type": "application/json",
            "X-Forwarded-For": `198.51.100.${i}`,
          },
          body: JSON.stringify({ email: "nobody@example.org", password: "not the password" }),
        });
        statuses.push(response.status);
      }
      console.log(`[rate limit] rotating X-Forwarded-For: ${statuses.join(", ")}`);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    });
  },
);
