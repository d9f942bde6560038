import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { hashToken } from "@/lib/services/api-tokens";
import type { Caller } from "./guard";
import { isRole } from "./roles";

/**
 * `Authorization: Bearer <token>` → the token's owner, or null for a missing,
 * malformed, unknown or revoked token, or a banned account. The lookup is by
 * hash, so the comparison never touches the secret itself.
 */
export async function userFromBearer(db: Database, authorization: string | null): Promise<Caller | null> {
  const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) return null;
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      id: users.id,
      email: users.email,
      role: users.role,
      banned: users.banned,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(match[1])), isNull(apiTokens.revokedAt)));
  if (!row || row.banned || !isRole(row.role)) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return { id: row.id, email: row.email, role: row.role };
}
