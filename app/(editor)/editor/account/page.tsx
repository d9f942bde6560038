import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { currentUser } from "@/lib/auth/guard";
import { listApiTokens } from "@/lib/services/api-tokens";
import { CreateTokenForm, RevokeTokenButton } from "./token-controls";

export const metadata: Metadata = { title: "Account" };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "—");

export default async function AccountPage() {
  await connection();
  const me = await currentUser();
  if (!me) redirect("/sign-in");
  const tokens = await listApiTokens(getDb(), me.id);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-bold">Account</h1>
      <section className="space-y-3">
        <h2 className="font-serif text-xl font-bold">API tokens</h2>
        <p className="text-sm">
          A token lets a script write through the API (POST, PATCH, DELETE under /api/v1) as you, with your
          role. Send it as <code>Authorization: Bearer …</code>.
        </p>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th>Name</th>
              <th>Token</th>
              <th>Created</th>
              <th>Last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
        <CreateTokenForm />
      </section>
    </div>
  );
}
