import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { EditorTable } from "@/components/editor/editor-table";
import { currentUser } from "@/lib/auth/guard";
import { getDb } from "@/lib/db";
import { listApiTokens } from "@/lib/services/api-tokens";
import { ChangePasswordForm, SignOutEverywhereButton } from "./session-controls";
import { CreateTokenForm, RevokeTokenButton } from "./token-controls";

export const metadata: Metadata = { title: "Your account" };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "—");

export default async function AccountPage() {
  await connection();
  const me = await currentUser();
  if (!me) redirect("/sign-in");
  const tokens = await listApiTokens(getDb(), me.id);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-bold">Your account</h1>
      <p className="text-sm text-muted">
        Signed in as {me.email} ({me.role}).
      </p>
      <section className="space-y-3">
        <h2 className="font-serif text-xl font-bold">Password</h2>
        <p className="text-sm">
          8 to 128 characters (spaces at either end do not count), not a common password and not your email
          address. A long passphrase is best.
        </p>
        <ChangePasswordForm />
      </section>
      <section className="space-y-3">
        <h2 className="font-serif text-xl font-bold">Sessions</h2>
        <p className="text-sm">
          Lost a laptop or signed in on a shared computer? This ends every session of your account, this one
          too, and removes unsaved drafts from this browser.
        </p>
        <SignOutEverywhereButton />
      </section>
      <section className="space-y-3">
        <h2 className="font-serif text-xl font-bold">API tokens</h2>
        <p className="text-sm">
          A token lets a script write through the API (POST, PATCH, DELETE under /api/v1) as you, with your
          role. Send it as <code>Authorization: Bearer …</code>.
        </p>
        <EditorTable columns={["Name", "Token", "Created", "Last used"]}>
          {tokens.length === 0 && (
            <tr className="border-t border-rule">
              <td colSpan={5} className="py-2 text-muted">
                No tokens yet. Create one below when a script needs to write as you.
              </td>
            </tr>
          )}
          {tokens.map((t) => (
            <tr key={t.id} className="border-t border-rule">
              <td>{t.name}</td>
              <td>
                <code>{t.prefix}…</code>
              </td>
              <td>{when(t.createdAt)}</td>
              <td>{when(t.lastUsedAt)}</td>
              <td>{t.revokedAt ? `revoked ${when(t.revokedAt)}` : <RevokeTokenButton id={t.id} />}</td>
            </tr>
          ))}
        </EditorTable>
        <CreateTokenForm />
      </section>
    </div>
  );
}
