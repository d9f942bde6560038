import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiTokens } from "@/db/schema";

/** Recognisable in logs and secret scanners; the rest is 32 random bytes. */
const TOKEN_PREFIX = "parley_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type TokenListing = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Creates a token; the secret is in the return value only — it is never stored or shown again. */
export async function createApiToken(
  db: Database,
  userId: string,
  name: string,
): Promise<{ token: string; listing: TokenListing }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) })
    .returning();
  if (!row) throw new Error("insert returned no row");
  const { tokenHash: _hash, userId: _user, ...listing } = row;
  return { token, listing };
}

export async function listApiTokens(db: Database, userId: string): Promise<TokenListing[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
