import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { currentUser } from "@/lib/auth/guard";
import { safeNextPath } from "@/lib/net/safe-next-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  await connection();
  const { next } = await searchParams;
  // Only same-origin paths: an open redirect would let a phishing link bounce through us.
  const target = safeNextPath(next);
  if (await currentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 font-serif text-2xl font-bold">Sign in</h1>
      <p className="mb-4 text-sm text-muted">For editors. Accounts are created by an admin.</p>
      <SignInForm next={target} />
    </div>
  );
}
