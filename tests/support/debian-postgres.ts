/**
 * A throw-away cluster of Debian's PostgreSQL 15 (/usr/lib/postgresql/15/bin), so
 * the migrations are proven on an older major version than the embedded 18.
 * initdb refuses root, so as root the cluster runs as the `postgres` system user.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findFreePort } from "../../db/process-utils";

export const DEBIAN_PG_BIN = process.env.PARLEY_PG15_BIN ?? "/usr/lib/postgresql/15/bin";

export type ThrowAwayServer = { name: string; url: string; stop: () => Promise<void> };

function asPostgresUser(command: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

export async function startDebianPostgres(): Promise<ThrowAwayServer> {
  const initdb = path.join(DEBIAN_PG_BIN, "initdb");
  const pgCtl = path.join(DEBIAN_PG_BIN, "pg_ctl");
  if (!existsSync(initdb)) {
    throw new Error(
      `PostgreSQL 15 not found at ${DEBIAN_PG_BIN}; run scripts/ensure-system-deps.sh (apt-get install postgresql).`,
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), "parley-pg15-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const dataDir = path.join(dir, "data");
  const port = await findFreePort();
  asPostgresUser(initdb, ["-D", dataDir, "-U", "app", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  asPostgresUser(pgCtl, [
    "-D",
    dataDir,
    "-l",
    path.join(dir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`,
    "start",
  ]);
  return {
    name: "Debian PostgreSQL 15",
    url: `postgres://app@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        asPostgresUser(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
