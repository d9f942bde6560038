"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens";
import { apiTokenCreate, apiTokenRevoke } from "@/lib/validation/api-write";

/** Returns the secret this once; it is not stored, so the page must show it now. */
export const createApiTokenAction = authorizedAction("editor", apiTokenCreate, async ({ name }, user) => {
  const { token, listing } = await createApiToken(getDb(), user.id, name);
  revalidatePath("/editor/account");
  return { ok: true, value: { token, id: listing.id, prefix: listing.prefix } };
});

/** Only the caller's own tokens: the service matches on user id too. */
export const revokeApiTokenAction = authorizedAction("editor", apiTokenRevoke, async ({ id }, user) => {
  const revoked = await revokeApiToken(getDb(), user.id, id);
  if (!revoked) return { ok: false, status: 404, error: "No such active token" };
  revalidatePath("/editor/account");
  return { ok: true, value: { id } };
});
