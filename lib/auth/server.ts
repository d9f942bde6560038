import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { type Auth, createAuth } from "./create-auth";

const globalForAuth = globalThis as unknown as { parleyAuth?: Auth };

/** Origins allowed to post to the app: the public URL when set, and the local one. */
export function appOrigins(): string[] {
  const local = [`http://127.0.0.1:${env.PORT}`, `http://localhost:${env.PORT}`];
  return env.PUBLIC_BASE_URL ? [new URL(env.PUBLIC_BASE_URL).origin, ...local] : local;
}

/** The app's Better Auth instance, created on first use (never at build time). */
export function getAuth(): Auth {
  if (!globalForAuth.parleyAuth) {
    if (!env.BETTER_AUTH_SECRET) {
      throw new Error("BETTER_AUTH_SECRET is not set: start the app with `npm start`, which provides it.");
    }
    const origins = appOrigins();
    globalForAuth.parleyAuth = createAuth(getDb(), {
      secret: env.BETTER_AUTH_SECRET,
      baseURL: origins[0] ?? `http://127.0.0.1:${env.PORT}`,
      trustedOrigins: origins,
      secureCookies: env.NODE_ENV === "production",
      trustedProxies: env.PARLEY_TRUSTED_PROXIES,
    });
  }
  return globalForAuth.parleyAuth;
}
