"use client";

import { useState } from "react";
import { countDrafts, removeAllDrafts } from "@/components/forms/draft-storage";

/**
 * Ends the session on the server (Better Auth deletes the session row, so the
 * old cookie is refused everywhere at once) and removes this browser's unsaved
 * drafts, so the next person at this browser finds none of them.
 */
export function SignOutButton({ userId }: { userId: string }) {
  const [error, setError] = useState<string | null>(null);
  async function signOut() {
    const pending = countDrafts(userId);
    if (
      pending > 0 &&
      !window.confirm(
        `You have ${pending} unsaved draft${pending === 1 ? "" : "s"} in this browser. Signing out discards ${pending === 1 ? "it" : "them"}. Sign out anyway?`,
      )
    )
      return;
    setError(null);
    try {
      // Better Auth answers 415 to a POST without a JSON body.
      const response = await fetch("/api/auth/sign-out", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      });
      if (!response.ok) throw new Error(String(response.status));
    } catch {
      setError("Could not sign out. Check your connection and try again.");
      return;
    }
    removeAllDrafts();
    window.location.assign("/");
  }
  return (
    <>
      <button type="button" onClick={signOut} className="underline">
        Sign out
      </button>
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
