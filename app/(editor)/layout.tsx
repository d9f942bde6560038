import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DraftOwner } from "@/components/forms/draft-owner";
import { SiteChrome } from "@/components/site-chrome";
import { currentUser } from "@/lib/auth/guard";
import { SignOutButton } from "./sign-out-button";

/** Anonymous visitors get no form: they are sent to sign in. (Each action still checks on its own.) */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return (
    <SiteChrome>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 border-b border-rule pb-2 text-sm">
        <nav aria-label="Editor" className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href="/editor">Events</Link>
          <Link href="/editor/positions">Positions</Link>
          <Link href="/editor/sources">Sources</Link>
          <Link href="/editor/parties">Parties</Link>
          <Link href="/editor/people">People</Link>
          <Link href="/editor/topics">Topics</Link>
          <Link href="/editor/import">Import article</Link>
        </nav>
        <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <span className="text-muted">
            {user.email} ({user.role})
          </span>
          <Link href="/editor/account">Account</Link>
          {user.role === "admin" && <Link href="/editor/admin">Accounts</Link>}
          <SignOutButton userId={user.id} />
        </span>
      </div>
      <DraftOwner userId={user.id}>
        <div className="editor-area">{children}</div>
      </DraftOwner>
    </SiteChrome>
  );
}
