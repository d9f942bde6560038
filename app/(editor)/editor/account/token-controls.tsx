"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export function CreateTokenForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await createApiTokenAction({ name });
    if (result.ok) {
      setSecret(result.value.token);
      setError(null);
      setName("");
      router.refresh();
    } else {
      setError("fieldErrors" in result ? (result.fieldErrors.name?.[0] ?? result.error) : result.error);
    }
  }
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <label className="block">
        <span className="block text-sm">Token name</span>
        <input
          className="border border-rule px-2 py-1"
          value={name}
          onChange={(e) => setName(e.target.value)}
          name="name"
        />
      </label>
      <button type="submit" className="underline">
        Create token
      </button>
      {error && <p role="alert">{error}</p>}
      {secret && (
        <div className="space-y-1" data-testid="new-token">
          {/* Shown once: only the hash is stored, so it cannot be shown again. */}
          <p>Copy this token now; it will not be shown again.</p>
          <code className="block break-all" data-testid="token-secret">
            {secret}
          </code>
          <button
            type="button"
            className="underline"
            onClick={async () => {
              await navigator.clipboard.writeText(secret);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </button>
        </div>
      )}
    </form>
  );
}

export function RevokeTokenButton({ id }: { id: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="underline"
        onClick={async () => {
          const result = await revokeApiTokenAction({ id });
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        Revoke
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
