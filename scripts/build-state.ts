import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const inputs = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "next.config.js",
  "proxy.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
const skip = new Set(["node_modules", "migrations", ".next"]);

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const child of await readdir(entry)) {
    if (skip.has(child)) continue;
    newest = Math.max(newest, await newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** True when there is no production build or a source file is newer than it. */
export async function buildIsStale(root = process.cwd()): Promise<boolean> {
  const built = await stat(path.join(root, ".next", "BUILD_ID")).catch(() => null);
  if (!built) return true;
  for (const input of inputs) {
    if ((await newestMtime(path.join(root, input))) > built.mtimeMs) return true;
  }
  return false;
}
