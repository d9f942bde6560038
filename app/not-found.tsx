import { connection } from "next/server";
import { NotFoundMessage } from "@/components/not-found-message";

export default async function NotFound() {
  // Rendered per request, not prerendered: a static page would carry no CSP nonce and its scripts would be refused.
  await connection();
  return (
    <main className="px-4">
      <NotFoundMessage />
    </main>
  );
}
