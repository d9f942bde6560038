import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site-chrome";
import { currentUser } from "@/lib/auth/guard";
import { SignOutButton } from "./sign-out-button";

/** Anonymous visitors get no form: they are sent to sign in. (Each action still checks on its own.) */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return (
    <SiteChrome>
      <div className="mb-4 flex items-center justify-between border-b border-rule pb-2 text-sm">
        <span>
          Signed in as {user.email} ({user.role})
        </span>
        <span className="space-x-4">
          <Link href="/editor/account">Account</Link>
          {user.role === "admin" && <Link href="/editor/admin">Accounts</Link>}
          <SignOutButton />
        </span>
      </div>
      {children}
    </SiteChrome>
  );
}
