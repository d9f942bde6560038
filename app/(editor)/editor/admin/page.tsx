import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EditorTable } from "@/components/editor/editor-table";
import { currentUser } from "@/lib/auth/guard";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/services/users";
import { CreateUserForm, UserRowControls } from "./user-controls";

export const metadata: Metadata = { title: "Manage users" };

export default async function AdminPage() {
  await connection();
  const me = await currentUser();
  if (me?.role !== "admin") notFound();
  const users = await listUsers(getDb());
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-bold">Manage users</h1>
      <EditorTable columns={["Email", "Role", "State"]}>
        {users.map((u) => (
          <tr key={u.id} className="border-t border-rule">
            <td>{u.email}</td>
            <td>{u.role}</td>
            <td>{u.banned ? "disabled" : "active"}</td>
            <td>{u.id !== me.id && <UserRowControls userId={u.id} role={u.role} disabled={u.banned} />}</td>
          </tr>
        ))}
      </EditorTable>
      <section>
        <h2 className="mb-2 font-serif text-xl font-bold">Create an account</h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
