/**
 * `npm run user:create -- --email a@b.org --password '…' --role admin [--name 'A B']`
 * Creates an account through Better Auth (same hashing and rules as the app).
 * Database: as every command-line tool finds it (scripts/cli-database.ts).
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createAuth } from "../lib/auth/create-auth";
import { readEnv } from "../lib/env";
import { createUserInput } from "../lib/validation/users";
import { openCliDatabase } from "./cli-database";

const env = readEnv();

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

  const handle = await openCliDatabase({ seed: true });
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
    await handle.close();
  }
}

void main();
