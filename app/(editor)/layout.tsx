import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DraftOwner } from "@/components/forms/draft-owner";
import { SiteChrome } from "@/components/site-chrome";
import { currentUser } from "@/lib/auth/guard";
import { AccountLink, EditorNav } from "./editor-nav";
import { SignOutButton } from "./sign-out-button";

/** Anonymous visitors get no form: they are sent to sign in. (Each action still checks on its own.) */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return (
    <SiteChrome>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 border-b border-rule pb-2 text-sm">
        <EditorNav />
        <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <span className="text-muted">
            {user.email} ({user.role})
          </span>
          <AccountLink href="/editor/account">Your account</AccountLink>
          {user.role === "admin" && <AccountLink href="/editor/admin">Manage users</AccountLink>}
          <SignOutButton userId={user.id} />
        </span>
      </div>
      <DraftOwner userId={user.id}>
        <div className="editor-area">{children}</div>
      </DraftOwner>
    </SiteChrome>
  );
}
