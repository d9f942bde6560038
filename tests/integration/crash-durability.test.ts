/**
 * "Killing the server with SIGKILL while it writes, then starting it again,
 * loses no committed row." A child process runs the embedded Postgres and
 * commits rows in a loop; we SIGKILL it mid-write and start the cluster again
 * the way the launcher does, then count.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../db/embedded";
import { isProcessAlive } from "../../db/process-utils";

const root = path.resolve(import.meta.dirname, "../..");
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Starts the writer and resolves once it has acknowledged `target` commits; returns the last acknowledged id. */
function runWriterUntil(
  dataDir: string,
  target: number,
): Promise<{ child: ChildProcess; lastCommitted: () => number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/write-loop.ts", dataDir], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let last = 0;
  let buffer = "";
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`writer exited early (${code})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        const match = /^committed (\d+)$/.exec(line);
        if (match) last = Number(match[1]);
      }
      if (last >= target) resolve({ child, lastCommitted: () => last });
    });
  });
}

function postmasterPid(dataDir: string): number {
  return Number.parseInt(
    readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0] ?? "",
    10,
  );
}

async function countRows(dataDir: string): Promise<{ rows: number; maxId: number }> {
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const result = await client.query<{ rows: number; max_id: number }>(
      "select count(*)::int as rows, coalesce(max(id), 0)::int as max_id from crash_probe",
    );
    await client.end();
    return { rows: result.rows[0]?.rows ?? 0, maxId: result.rows[0]?.max_id ?? 0 };
  } finally {
    await server.stop();
  }
}

describe("crash durability of the embedded PostgreSQL", () => {
  it("keeps every acknowledged commit when the launcher is SIGKILLed and Postgres is left running", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "parley-crash-"));
    folders.push(dataDir);
    const { child, lastCommitted } = await runWriterUntil(dataDir, 300);
    child.removeAllListeners("exit");
    child.kill("SIGKILL");
    const acknowledged = lastCommitted();
    // The orphaned postmaster still holds the folder; starting again must take it over cleanly.
    expect(isProcessAlive(postmasterPid(dataDir), "postgres")).toBe(true);
    const { rows, maxId } = await countRows(dataDir);
    console.log(`launcher SIGKILL: ${acknowledged} commits acknowledged, ${rows} rows found`);
    expect(rows).toBeGreaterThanOrEqual(acknowledged);
    expect(maxId).toBe(rows); // ids are consecutive: nothing missing in the middle
  });

  it("keeps every acknowledged commit when Postgres itself is SIGKILLed mid-write", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "parley-crash-"));
    folders.push(dataDir);
    const { child, lastCommitted } = await runWriterUntil(dataDir, 300);
    child.removeAllListeners("exit");
    const pid = postmasterPid(dataDir);
    // Postmaster first, then the writer: the crash happens while inserts are in flight.
    process.kill(pid, "SIGKILL");
    child.kill("SIGKILL");
    const acknowledged = lastCommitted();
    const { rows, maxId } = await countRows(dataDir);
    console.log(
      `postgres SIGKILL: ${acknowledged} commits acknowledged, ${rows} rows found after WAL recovery`,
    );
    expect(rows).toBeGreaterThanOrEqual(acknowledged);
    expect(maxId).toBe(rows);
  });
});
