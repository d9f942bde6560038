import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";

/** Accounts for the admin page: never the password hash (it lives in `account`, not selected). */
export async function listUsers(db: Database) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, banned: users.banned })
    .from(users)
    .orderBy(asc(users.email));
}

export type AccountChangeResult = { ok: true } | { ok: false; reason: "not-found" | "last-admin" };

/**
 * Changes an account's role or disabled flag, refusing a change that would
 * leave no active admin. Every active admin row is locked first, so two admins
 * demoting or disabling each other at the same moment cannot both succeed.
 * Disabling also ends the account's sessions: it is out on its very next request.
 */
async function changeAccount(
  db: Database,
  userId: string,
  change: { role: Role } | { banned: boolean },
): Promise<AccountChangeResult> {
  return db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.banned, false)))
      // One lock order for every caller, so two of these transactions queue instead of deadlocking.
      .orderBy(asc(users.id))
      .for("update");
    const [target] = await tx
      .select({ role: users.role, banned: users.banned })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!target) return { ok: false, reason: "not-found" };
    const after = { ...target, ...change };
    const losesAdmin = admins.some((a) => a.id === userId) && (after.role !== "admin" || after.banned);
    if (losesAdmin && admins.length <= 1) return { ok: false, reason: "last-admin" };
    await tx
      .update(users)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(users.id, userId));
    if ("banned" in change && change.banned) await tx.delete(sessions).where(eq(sessions.userId, userId));
    return { ok: true };
  });
}

export function setUserRole(db: Database, userId: string, role: Role) {
  return changeAccount(db, userId, { role });
}

export function setUserDisabled(db: Database, userId: string, disabled: boolean) {
  return changeAccount(db, userId, { banned: disabled });
}

/** Deletes every session of the account: each old cookie is refused on its next request. */
export async function endAllSessions(db: Database, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
