/**
 * `npm run user:create -- --email a@b.org --password '…' --role admin [--name 'A B']`
 * Creates an account through Better Auth (same hashing and rules as the app).
 * Database: DATABASE_URL when set; else the running app's embedded server; else
 * it starts the embedded server on the data folder itself.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "../db/client";
import { type RunningPostgres, startEmbeddedPostgres } from "../db/embedded";
import { prepareDatabase } from "../db/prepare";
import { isProcessAlive } from "../db/process-utils";
import { createAuth } from "../lib/auth/create-auth";
import { readEnv } from "../lib/env";
import { createUserInput } from "../lib/validation/users";

const env = readEnv();

async function runningAppDatabase(dataDir: string): Promise<string | undefined> {
  const run = await readFile(path.join(dataDir, "launcher.json"), "utf8").then(
    (text) => JSON.parse(text) as { launcherPid?: number; databaseUrl?: string },
    () => ({ launcherPid: undefined, databaseUrl: undefined }),
  );
  return run.launcherPid && isProcessAlive(run.launcherPid) ? run.databaseUrl : undefined;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string", default: "editor" },
      name: { type: "string" },
    },
  });
  const parsed = createUserInput.safeParse(values);
  if (!parsed.success) {
    console.error(z.prettifyError(parsed.error));
    process.exit(2);
  }
  const input = parsed.data;

  const dataDir = path.resolve(env.PARLEY_DATA_DIR);
  let postgres: RunningPostgres | null = null;
  let url = env.DATABASE_URL ?? (await runningAppDatabase(dataDir));
  if (!url) {
    postgres = await startEmbeddedPostgres({ dataDir, preferredPort: 54329 });
    url = postgres.url;
    await prepareDatabase(url);
  }
  const handle = createDb(url, 2);
  try {
    // Only hashing happens here, so a throw-away secret is enough.
    const auth = createAuth(handle.db, {
      secret: env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("hex"),
      baseURL: "http://127.0.0.1",
      trustedOrigins: [],
      secureCookies: false,
    });
    const started = Date.now();
    const { user } = await auth.api.createUser({
      body: {
        email: input.email,
        password: input.password,
        name: input.name ?? input.email,
        role: input.role,
      },
    });
    console.log(`created ${user.role} ${user.email} (id ${user.id}) in ${Date.now() - started} ms`);
  } catch (error) {
    console.error("user:create failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await handle.pool.end();
    await postgres?.stop();
  }
}

void main();
