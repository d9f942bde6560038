"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Action } from "@/components/forms/form-actions";
import { reached } from "@/lib/result";

type VersionAction = Action<{ id: string; baseVersion: number; kind?: string }, unknown, unknown>;

/**
 * Soft delete for editors; bringing a deleted row back is an admin's call — the
 * undelete action checks the role, so an editor who tries gets its refusal.
 */
export function DeleteControls({
  id,
  version,
  deleted,
  noun,
  remove,
  undelete,
  kind,
}: {
  id: string;
  version: number;
  deleted: boolean;
  /** "event", "position": for the button and the confirmation. */
  noun: string;
  remove: VersionAction;
  undelete: VersionAction;
  /** For actions shared by several kinds of row (parties, people, topics). */
  kind?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setError(null);
    if (!deleted && !window.confirm(`Delete this ${noun}? Readers stop seeing it; its history stays.`))
      return;
    const result = await reached(() => (deleted ? undelete : remove)({ id, baseVersion: version, kind }));
    if (result.ok) router.refresh();
    else setError(result.error);
  }
  return (
    <div className="mt-6 border-t border-rule pt-3 text-sm">
      <button type="button" onClick={run} className="underline">
        {deleted ? `Restore this deleted ${noun} (admins)` : `Delete ${noun}`}
      </button>
      {error && (
        <span role="alert" className="ml-3 text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
