import "server-only";
import { asc, eq } from "drizzle-orm";
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

export async function setUserRole(db: Database, userId: string, role: Role) {
  await db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
}

/** Disabling also ends the account's sessions, so it is out on its very next request. */
export async function setUserDisabled(db: Database, userId: string, disabled: boolean) {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ banned: disabled, updatedAt: new Date() }).where(eq(users.id, userId));
    if (disabled) await tx.delete(sessions).where(eq(sessions.userId, userId));
  });
}
