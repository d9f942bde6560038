/** `next build` only when the sources changed since the last build (the launcher's rule), for npm test. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { buildIsStale } from "./build-state";

if (await buildIsStale()) {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
console.log("build is up to date");
