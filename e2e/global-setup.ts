/**
 * Creates the test accounts through the real `user:create` code path, against
 * the throw-away database of the server Playwright started (found through the
 * launcher's run file in its ephemeral folder, matched by port).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { e2eAccounts } from "./accounts";

function serverDatabaseUrl(port: number): string {
  for (const dir of readdirSync(tmpdir()).filter((d) => d.startsWith("parley-ephemeral-"))) {
    try {
      const run = JSON.parse(readFileSync(path.join(tmpdir(), dir, "launcher.json"), "utf8"));
      if (run.port === port && run.databaseUrl) {
        process.kill(run.launcherPid, 0);
        return run.databaseUrl;
      }
    } catch {
      // Not ours, or left by a finished run.
    }
  }
  throw new Error(`no running test server found on port ${port}`);
}

export default function globalSetup() {
  const url = process.env.E2E_DATABASE_URL || serverDatabaseUrl(Number(process.env.E2E_PORT ?? 3100));
  for (const account of Object.values(e2eAccounts)) {
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/user-create.ts",
        "--email",
        account.email,
        "--password",
        account.password,
        "--role",
        account.role,
      ],
      { env: { ...process.env, DATABASE_URL: url }, stdio: "inherit" },
    );
  }
}
