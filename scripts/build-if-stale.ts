/** `next build` only when the sources changed since the last build (the launcher's rule), for npm test. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { buildIsStale } from "./build-state";

if (await buildIsStale()) {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  // npm test has already run tsc: skip Next's repeat of it, as the launcher does.
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, PARLEY_SKIP_BUILD_TYPECHECK: "1" },
  });
  process.exit(result.status ?? 1);
}
console.log("build is up to date");
