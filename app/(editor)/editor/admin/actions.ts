"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { roles } from "@/lib/auth/roles";
import { getAuth } from "@/lib/auth/server";
import { getDb } from "@/lib/db";
import type { Result } from "@/lib/result";
import { type AccountChangeResult, setUserDisabled, setUserRole } from "@/lib/services/users";
import { createUserInput } from "@/lib/validation/users";

function settled(result: AccountChangeResult): Result<null> {
  if (result.ok) {
    revalidatePath("/editor/admin");
    return { ok: true, value: null };
  }
  return result.reason === "not-found"
    ? { ok: false, status: 404, error: "No such account" }
    : { ok: false, status: 403, error: "At least one active admin must remain" };
}

export const createUserAction = authorizedAction("admin", createUserInput, async (input) => {
  try {
    // The caller is already checked as admin; Better Auth hashes and stores the account.
    const { user } = await getAuth().api.createUser({
      body: {
        email: input.email,
        password: input.password,
        name: input.name ?? input.email,
        role: input.role,
      },
    });
    revalidatePath("/editor/admin");
    return { ok: true, value: { id: user.id } };
  } catch {
    return {
      ok: false,
      status: 422,
      error: "Could not create the account",
      fieldErrors: { email: ["Already in use?"] },
    };
  }
});

export const setRoleAction = authorizedAction(
  "admin",
  z.object({ userId: z.string().min(1), role: z.enum(roles) }),
  async ({ userId, role }, admin) => {
    if (userId === admin.id) return { ok: false, status: 403, error: "You cannot change your own role" };
    return settled(await setUserRole(getDb(), userId, role));
  },
);

export const setDisabledAction = authorizedAction(
  "admin",
  z.object({ userId: z.string().min(1), disabled: z.boolean() }),
  async ({ userId, disabled }, admin) => {
    if (userId === admin.id) return { ok: false, status: 403, error: "You cannot disable yourself" };
    return settled(await setUserDisabled(getDb(), userId, disabled));
  },
);
