import { readFileSync } from "node:fs";
import { createDb, type DbHandle } from "../../db/client";

/** The e2e server's database (tests/support/e2e-server.ts), for adding fixtures. */
export function e2eDatabase(): DbHandle {
  const file = process.env.E2E_DB_FILE;
  if (!file) throw new Error("E2E_DB_FILE is not set: run through playwright.config.ts");
  const { url } = JSON.parse(readFileSync(file, "utf8")) as { url: string };
  return createDb(url, 2);
}
