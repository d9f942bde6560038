"use server";

import { APIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getAuth } from "@/lib/auth/server";
import { getDb } from "@/lib/db";
import type { Result } from "@/lib/result";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens";
import { endAllSessions } from "@/lib/services/users";
import { apiTokenCreate, apiTokenRevoke } from "@/lib/validation/api-write";
import { changePasswordInput, notTheEmail, passwordIsEmail } from "@/lib/validation/users";

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

/**
 * Our password rules apply (Better Auth's own HTTP endpoint for this is not
 * served). A wrong current password is a field error, never a crash; by
 * default every other session of the account ends too.
 */
export const changePasswordAction = authorizedAction(
  "editor",
  changePasswordInput,
  async ({ currentPassword, newPassword, signOutOthers }, user): Promise<Result<null>> => {
    if (passwordIsEmail(newPassword, user.email))
      return { ok: false, status: 422, error: notTheEmail, fieldErrors: { newPassword: [notTheEmail] } };
    try {
      await getAuth().api.changePassword({
        body: { currentPassword, newPassword, revokeOtherSessions: signOutOthers },
        headers: await headers(),
      });
    } catch (error) {
      if (error instanceof APIError && error.statusCode < 500) {
        const message = "That is not your current password";
        return { ok: false, status: 422, error: message, fieldErrors: { currentPassword: [message] } };
      }
      throw error;
    }
    return { ok: true, value: null };
  },
);

/** Ends every session of the account, this one included: a lost laptop or phone is signed out too. */
export const signOutEverywhereAction = authorizedAction("editor", z.object({}), async (_input, user) => {
  await endAllSessions(getDb(), user.id);
  return { ok: true, value: null };
});
