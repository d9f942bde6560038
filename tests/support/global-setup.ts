/**
 * Starts the two throw-away PostgreSQL servers the integration tests run on —
 * the embedded PostgreSQL 18 the app ships with and Debian's PostgreSQL 15 — and
 * removes both afterwards. Each test file then makes its own database on each.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../db/embedded";
import { startDebianPostgres, type ThrowAwayServer } from "./debian-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServers: { name: string; url: string }[];
  }
}

export default async function setup(project: TestProject) {
  const started: ThrowAwayServer[] = [];
  try {
    const embedded = await startEmbeddedPostgres({
      dataDir: mkdtempSync(path.join(tmpdir(), "parley-pg18-")),
      ephemeral: true,
    });
    started.push({ name: "embedded PostgreSQL 18", url: embedded.url, stop: embedded.stop });
    started.push(await startDebianPostgres());
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()));
    throw error;
  }
  project.provide(
    "postgresServers",
    started.map(({ name, url }) => ({ name, url })),
  );
  return async () => {
    await Promise.all(started.map((s) => s.stop()));
  };
}
