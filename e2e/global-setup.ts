/**
 * Creates the test accounts through the real `user:create` code path, against
 * the throw-away database of the server Playwright started (its URL is in
 * E2E_DB_FILE, written by tests/support/e2e-server.ts).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { e2eAccounts } from "./accounts";

export default function globalSetup() {
  const file = process.env.E2E_DB_FILE;
  if (!file) throw new Error("E2E_DB_FILE is not set: run through playwright.config.ts");
  const { url } = JSON.parse(readFileSync(file, "utf8")) as { url: string };
  for (const account of Object.values(e2eAccounts)) {
    execFileSync(
      process.execPath,
      [
        "scripts/run.mjs",
        "user-create",
        "--email",
        account.email,
        // From standard input, as a script should: never on the command line.
        "--password-stdin",
        "--role",
        account.role,
      ],
      {
        env: { ...process.env, DATABASE_URL: url },
        input: `${account.password}\n`,
        stdio: ["pipe", "inherit", "inherit"],
      },
    );
  }
}
