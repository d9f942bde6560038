/**
 * Better Auth configured for Parley: email + password, no public sign-up
 * (accounts come from `npm run user:create` or the admin page), roles from the
 * admin plugin, sign-in throttled in the database so every app server shares
 * the count. A factory, so the CLI and tests can build one on their own pool.
 */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { createAccessControl } from "better-auth/plugins/access";
import { admin } from "better-auth/plugins/admin";
import { adminAc, defaultStatements, userAc } from "better-auth/plugins/admin/access";
import type { Database } from "@/db/client";
import { accounts, rateLimits, sessions, users, verifications } from "@/db/schema/auth";
import { hashPassword, verifyPassword } from "./password";

const ac = createAccessControl(defaultStatements);
// Editors have no rights over accounts; only admins manage them.
const accessRoles = { admin: ac.newRole(adminAc.statements), editor: ac.newRole(userAc.statements) };

export type AuthOptions = {
  secret: string;
  baseURL: string;
  trustedOrigins: string[];
  /** Secure cookies; on in production. */
  secureCookies: boolean;
  /** Reverse proxies whose X-Forwarded-For entries count (scripts/serve.mjs trusts no one else's). */
  trustedProxies?: string[];
};

export function createAuth(db: Database, options: AuthOptions) {
  const adminPlugin = admin({ ac, roles: accessRoles, defaultRole: "editor", adminRoles: ["admin"] });
  return betterAuth({
    appName: "Parley",
    secret: options.secret,
    baseURL: options.baseURL,
    trustedOrigins: options.trustedOrigins,
    // Accounts are managed only through the admin page's actions, which keep the last active admin
    // and refuse common passwords. The plugin's own HTTP endpoints would skip both (and offer
    // impersonation), so over HTTP they are 404; server code still calls them through `auth.api`.
    // Password and email changes go through the account page's action, which applies our password
    // rules (common, whitespace-only, same as the email); over HTTP they would skip them.
    disabledPaths: [
      ...Object.values(adminPlugin.endpoints).map((endpoint) => endpoint.path),
      "/change-password",
      "/change-email",
    ],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        rateLimit: rateLimits,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      // Off, so sign-out, a ban or a role change counts on the very next request.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // A flood guard only: failed sign-ins are throttled per address and per account by
      // lib/auth/sign-in-throttle.ts, which counts failures, not successful sign-ins.
      customRules: { "/sign-in/email": { window: 60, max: 30 } },
    },
    advanced: {
      // The rate limit keys on the client address. The server replaces X-Forwarded-For with the
      // socket's peer unless that peer is a trusted proxy, whose chain is walked right to left here.
      ipAddress: { trustedProxies: options.trustedProxies ?? [] },
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: options.secureCookies },
    },
    plugins: [
      adminPlugin,
      // Last, so cookies set by auth calls inside server actions reach the browser.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
