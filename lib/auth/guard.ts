import "server-only";
import { headers } from "next/headers";
import { forbidden, ok, type Result, unauthenticated } from "@/lib/result";
import { isRole, type Role } from "./roles";
import { originAllowed } from "./same-origin";
import { appOrigins, getAuth } from "./server";

export type Caller = { id: string; email: string; role: Role };

/** The signed-in account, or null. Banned accounts and unknown roles count as signed out. */
export async function currentUser(requestHeaders?: Headers): Promise<Caller | null> {
  const h = requestHeaders ?? (await headers());
  const session = await getAuth().api.getSession({ headers: h });
  const user = session?.user;
  if (!user || user.banned || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, role: user.role };
}

/**
 * Every write calls this first: Origin, then session, then role. Admins may do
 * whatever editors may.
 */
export async function authorizeWrite(required: Role): Promise<Result<Caller, never>> {
  const h = await headers();
  if (!originAllowed(h.get("origin"), h.get("host"), appOrigins()))
    return forbidden("Refused: foreign origin");
  const user = await currentUser(h);
  if (!user) return unauthenticated("Sign in first");
  if (required === "admin" && user.role !== "admin") return forbidden("Admins only");
  return ok(user);
}
