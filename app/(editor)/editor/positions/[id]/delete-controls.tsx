"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deletePositionAction, undeletePositionAction } from "../actions";

/** Soft delete for editors; bringing a deleted position back is an admin's call (the action checks). */
export function DeleteControls({ id, version, deleted }: { id: string; version: number; deleted: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setError(null);
    if (!deleted && !window.confirm("Delete this position? Readers stop seeing it; its history stays."))
      return;
    const result = deleted
      ? await undeletePositionAction({ id, baseVersion: version })
      : await deletePositionAction({ id, baseVersion: version });
    if (result.ok) router.refresh();
    else setError(result.error);
  }
  return (
    <div className="mt-6 border-t border-rule pt-3 text-sm">
      <button type="button" onClick={run} className="underline">
        {deleted ? "Restore this deleted position (admins)" : "Delete position"}
      </button>
      {error && (
        <span role="alert" className="ml-3 text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
