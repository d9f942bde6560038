import "server-only";
import { headers } from "next/headers";
import { isRole, type Role } from "./roles";
import { originAllowed } from "./same-origin";
import { appOrigins, getAuth } from "./server";

export type Caller = { id: string; email: string; role: Role };
export type Denied = { ok: false; status: 401 | 403; error: string };

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
export async function authorizeWrite(required: Role): Promise<{ ok: true; user: Caller } | Denied> {
  const h = await headers();
  if (!originAllowed(h.get("origin"), h.get("host"), appOrigins()))
    return { ok: false, status: 403, error: "Refused: foreign origin" };
  const user = await currentUser(h);
  if (!user) return { ok: false, status: 401, error: "Sign in first" };
  if (required === "admin" && user.role !== "admin") return { ok: false, status: 403, error: "Admins only" };
  return { ok: true, user };
}
