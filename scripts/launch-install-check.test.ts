import { spawn } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/**
 * The install check runs first thing at start-up; it once recorded its phase
 * before the phase list existed, threw, and so refused every start with
 * "the dependencies are not installed". Nothing listens on this database
 * port; the test stops the launcher as soon as it has passed the check.
 */
it("the launcher gets past its install check when the dependencies are installed", async () => {
  const child = spawn(process.execPath, ["scripts/run.mjs", "launch"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: "postgres://nobody@127.0.0.1:9/none",
      PORT: "3439",
      PARLEY_DATA_DIR: path.join(root, ".parley", "install-check-test"),
    },
  });
  let output = "";
  const passed = await new Promise<boolean>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("phase: install check")) resolve(true);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", () => resolve(output.includes("phase: install check")));
  });
  if (child.exitCode === null) child.kill("SIGKILL");
  expect(output).not.toContain("dependencies are not installed");
  expect(passed).toBe(true);
}, 60_000);
