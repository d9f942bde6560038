/**
 * The web server of the end-to-end tests: a throw-away embedded PostgreSQL,
 * then the real launcher pointed at it with DATABASE_URL (so every e2e run also
 * exercises that path). The database URL is written to E2E_DB_FILE so specs can
 * add fixtures (e2e/support/db.ts). Everything stops on SIGTERM.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../db/embedded";

const dbFile = process.env.E2E_DB_FILE;
if (!dbFile) throw new Error("E2E_DB_FILE is not set");

const postgres = await startEmbeddedPostgres({
  dataDir: mkdtempSync(path.join(tmpdir(), "parley-e2e-")),
  ephemeral: true,
});
writeFileSync(dbFile, JSON.stringify({ url: postgres.url }), { mode: 0o600 });

const launcher = spawn(process.execPath, ["scripts/run.mjs", "launch"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: postgres.url,
    PARLEY_DATA_DIR: mkdtempSync(path.join(tmpdir(), "parley-e2e-run-")),
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (launcher.exitCode === null) {
    const exited = new Promise((resolve) => launcher.once("exit", resolve));
    launcher.kill("SIGTERM");
    await exited;
  }
  await postgres.stop();
  rmSync(dbFile as string, { force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
launcher.on("exit", (code) => void stop(code ?? 1));
