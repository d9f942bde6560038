"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Action } from "@/components/forms/form-actions";
import { reached } from "@/lib/result";

type RestoreAction = Action<
  { id: string; version: number; baseVersion: number; kind?: string },
  unknown,
  unknown
>;

/** Restores one revision through the entity's own server action (passed in by the history page). */
export function RestoreButton({
  id,
  version,
  baseVersion,
  restore,
  kind,
}: {
  id: string;
  version: number;
  baseVersion: number;
  restore: RestoreAction;
  /** For actions shared by several kinds of row (parties, people, topics). */
  kind?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function run() {
    const result = await reached(() => restore({ id, version, baseVersion, kind }));
    if (result.ok) router.refresh();
    else setError(result.error);
  }
  return (
    <>
      <button type="button" onClick={run} className="underline">
        Restore version {version}
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
