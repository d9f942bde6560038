/**
 * `node scripts/run.mjs <script>`: the command-line scripts run on plain Node (no TypeScript loader),
 * from an esbuild bundle that is rebuilt when, and only when, a bundled source file changed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bundle = path.join(root, ".parley", "scripts", "user-create.mjs");

function userCreateWithoutArguments() {
  return spawnSync(process.execPath, ["scripts/run.mjs", "user-create"], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    // Whatever the caller preloads (vitest, tsx) must not be what makes the script run.
    env: { ...process.env, NODE_OPTIONS: "" },
  });
}

test("user:create runs from its bundle on plain Node and answers a call without a password", () => {
  const run = userCreateWithoutArguments();
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("--password-stdin");
  const code = readFileSync(bundle, "utf8");
  expect(code).not.toMatch(/from "tsx|tsx\/esm|--import tsx/);
  // Files of the project are inside the bundle; packages stay in node_modules.
  expect(code).toContain("createUserInput");
  expect(code).toMatch(/from "zod"/);
});

test("the bundle is rebuilt when a file it includes changes, and not otherwise", () => {
  userCreateWithoutArguments();
  const first = statSync(bundle).mtimeMs;
  userCreateWithoutArguments();
  expect(statSync(bundle).mtimeMs).toBe(first);

  // A file two imports away from the script (scripts/user-create.ts → lib/validation/users.ts) is one
  // of the inputs the bundle is checked against.
  const record = JSON.parse(readFileSync(bundle.replace(/\.mjs$/, ".inputs.json"), "utf8")) as {
    inputs: string[];
  };
  expect(record.inputs).toContain("lib/validation/users.ts");
  // An input newer than the bundle rebuilds it. The bundle is made older rather than a source newer:
  // integration files run side by side, and a source touched into the future made a launcher in
  // another file rebuild the app mid-test (launcher.test.ts failed in CI on 2bb8a8f).
  const input = statSync(path.join(root, "lib", "validation", "users.ts"));
  const earlier = new Date(input.mtimeMs - 2_000);
  utimesSync(bundle, earlier, earlier);
  userCreateWithoutArguments();
  expect(statSync(bundle).mtimeMs).toBeGreaterThan(input.mtimeMs);
});
