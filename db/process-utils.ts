import { readFileSync } from "node:fs";
import net from "node:net";

/** True when `pid` runs and, if `nameHint` is given, its command line mentions it (guards against PID reuse). */
export function isProcessAlive(pid: number, nameHint?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!nameHint) return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(nameHint);
  } catch {
    // No /proc (macOS): trust kill(0).
    return true;
  }
}

export async function waitForProcessExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isProcessAlive(pid);
}

function tryListen(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(null));
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const chosen = typeof address === "object" && address ? address.port : null;
      server.close(() => resolve(chosen));
    });
  });
}

/** The preferred port when it is free, otherwise any free loopback port. */
export async function findFreePort(preferred?: number): Promise<number> {
  if (preferred) {
    const port = await tryListen(preferred);
    if (port) return port;
  }
  const port = await tryListen(0);
  if (!port) throw new Error("no free TCP port on 127.0.0.1");
  return port;
}
