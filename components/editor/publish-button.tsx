"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

type PublishAction = (input: { id: string }) => Promise<{ ok: true } | { ok: false; error: string }>;

/** A draft's one-click publish, as it is now; the action checks the role and the version itself. */
export function PublishButton({ id, noun, publish }: { id: string; noun: string; publish: PublishAction }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    const result = await publish({ id });
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(result.error);
  }
  return (
    <div
      role="note"
      className="mb-4 flex flex-wrap items-center gap-3 rounded border border-link bg-link/5 p-2 text-sm"
    >
      <span>This {noun} is a draft: readers see none of it, nor its events and positions.</span>
      <button type="button" className="parley-button" disabled={busy} onClick={run}>
        {busy ? "Publishing…" : `Publish this ${noun}`}
      </button>
      {error && <span className="text-red-800">{error}</span>}
    </div>
  );
}
