/**
 * `npm run user:create -- --email a@b.org --role admin [--name 'A B']` asks for the password
 * without echoing it; `--password-stdin` reads it from standard input (scripts:
 * `printf '%s\n' "$PW" | npm run user:create -- --email … --password-stdin`). `--password '…'`
 * still works but leaves the password in shell history and `ps`.
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
import { promptHidden, readPasswordLine } from "./read-password";

const env = readEnv();

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      password: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      role: { type: "string", default: "editor" },
      name: { type: "string" },
    },
  });
  const { "password-stdin": fromStdin, ...given } = values;
  let password = given.password;
  try {
    if (fromStdin) password = await readPasswordLine(process.stdin);
    else if (password === undefined) {
      password = await promptHidden("Password: ", process.stdin, process.stderr);
      if ((await promptHidden("Same password again: ", process.stdin, process.stderr)) !== password) {
        console.error("The two passwords differ; nothing was created.");
        process.exit(2);
      }
    } else
      console.error(
        "Note: --password leaves the password in shell history; prefer the prompt or --password-stdin.",
      );
  } catch (error) {
    console.error(
      error instanceof Error && error.message === "no terminal to prompt on"
        ? "No terminal to ask for the password on: pipe it in with --password-stdin."
        : "Cancelled; nothing was created.",
    );
    process.exit(2);
  }
  const parsed = createUserInput.safeParse({ ...given, password });
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
