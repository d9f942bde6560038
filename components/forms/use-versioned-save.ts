"use client";

import { useCallback, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/authorized-action";

type Theirs<V> = { version: number; values: V };

/**
 * The save loop every edit form shares: remember the version the editor
 * started from, turn a 409 into a conflict panel that keeps what they typed,
 * put the server's field errors by their fields, and report the outcome.
 */
export function useVersionedSave<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  existing: { version: number; values: V } | undefined,
  /** The 409's `current` row as form values; null when it cannot be read. */
  readConflict: (current: unknown) => Theirs<V> | null,
) {
  const [baseVersion, setBaseVersion] = useState(existing?.version ?? 0);
  const [startedFrom, setStartedFrom] = useState(existing?.values);
  const [conflict, setConflict] = useState<Theirs<V> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);

  /** Applies a save's result; true when it was saved. */
  function settle(result: ActionResult<{ version: number }>): boolean {
    setSignedOut(!result.ok && result.status === 401);
    if (result.ok) {
      setBaseVersion(result.value.version);
      setStartedFrom(form.getValues());
      setConflict(null);
      setStatus(`Saved version ${result.value.version}.`);
      return true;
    }
    if (result.status === 409) setConflict(readConflict(result.current));
    if (result.status === 422)
      for (const [key, messages] of Object.entries(result.fieldErrors))
        form.setError(key.replace(/^data\./, "") as Path<V>, { message: messages[0] });
    setStatus(result.error);
    return false;
  }

  const conflictPanel =
    conflict && startedFrom
      ? {
          theirs: conflict.values,
          startedFrom,
          mine: form.getValues(),
          onReapply: () => {
            // Keep everything typed; the next save goes on top of the newer version.
            setBaseVersion(conflict.version);
            setStartedFrom(conflict.values);
            setConflict(null);
            setStatus(`Your changes are kept; saving now makes version ${conflict.version + 1}.`);
          },
          onTakeTheirs: () => {
            form.reset(conflict.values);
            setBaseVersion(conflict.version);
            setStartedFrom(conflict.values);
            setConflict(null);
            setStatus(null);
          },
        }
      : null;

  /** Saves go against a restored draft's base version (so changes since come back as a conflict), or the loaded row's. */
  const resume = useCallback(
    (draft: { baseVersion: number; startedFrom: V | undefined } | null) => {
      setBaseVersion(draft?.baseVersion ?? existing?.version ?? 0);
      setStartedFrom(draft?.startedFrom ?? existing?.values);
    },
    [existing?.version, existing?.values],
  );

  return { baseVersion, status, setStatus, settle, conflictPanel, signedOut, resume };
}
