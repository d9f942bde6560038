"use client";

export function SignOutButton() {
  async function signOut() {
    await fetch("/api/auth/sign-out", { method: "POST" });
    window.location.assign("/");
  }
  return (
    <button type="button" onClick={signOut} className="underline">
      Sign out
    </button>
  );
}
