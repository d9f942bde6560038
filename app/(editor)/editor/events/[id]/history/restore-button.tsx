"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreEventAction } from "../../actions";

export function RestoreButton({
  id,
  version,
  baseVersion,
}: {
  id: string;
  version: number;
  baseVersion: number;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function restore() {
    const result = await restoreEventAction({ id, version, baseVersion });
    if (result.ok) router.refresh();
    else setError(result.error);
  }
  return (
    <>
      <button type="button" onClick={restore} className="underline">
        Restore version {version}
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
