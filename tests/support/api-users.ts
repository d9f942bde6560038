import { randomUUID } from "node:crypto";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { createApiToken } from "../../lib/services/api-tokens";

/** An account row plus a fresh token for it; written directly, since the write API never reads passwords. */
export async function userWithToken(db: Database, role: string, opts: { banned?: boolean } = {}) {
  const id = randomUUID();
  await db.insert(users).values({
    id,
    name: `${role} ${id.slice(0, 4)}`,
    email: `${id}@example.test`,
    role,
    banned: opts.banned ?? false,
  });
  const { token, listing } = await createApiToken(db, id, "test");
  return { id, token, tokenId: listing.id };
}

export function bearer(token: string | null, extra: Record<string, string> = {}): Headers {
  const h = new Headers(extra);
  if (token !== null) h.set("authorization", `Bearer ${token}`);
  return h;
}
