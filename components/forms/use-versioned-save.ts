"use client";

import { useCallback, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { Editing } from "@/lib/form-values";
import { formErrors, type Result, reached } from "@/lib/result";

/**
 * The save loop every edit form shares: remember the version the editor
 * started from, turn a 409 into a conflict panel that keeps what they typed,
 * put the server's field errors by their fields, say what a thrown or lost
 * save did (the draft stays), and report the outcome.
 */
export function useVersionedSave<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  existing: Editing<V> | undefined,
) {
  const [baseVersion, setBaseVersion] = useState(existing?.version ?? 0);
  const [startedFrom, setStartedFrom] = useState(existing?.values);
  const [conflict, setConflict] = useState<Editing<V> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);

  /** Runs an action and shows its failure by the fields, in a conflict panel or as the status; the value on success. */
  async function submit<T>(run: () => Promise<Result<T, Editing<V>>>): Promise<T | null> {
    setStatus(null);
    const result = await reached(run);
    setSignedOut(!result.ok && result.status === 401);
    if (result.ok) return result.value;
    if (result.status === 409) setConflict(result.current);
    if (result.status === 422)
      for (const [path, message] of formErrors(result.fieldErrors))
        form.setError(path as Path<V>, { message });
    setStatus(result.error);
    return null;
  }

  /** An edit: true when saved, and the next save goes on top of the new version. */
  async function update(run: () => Promise<Result<{ version: number }, Editing<V>>>): Promise<boolean> {
    const saved = await submit(run);
    if (!saved) return false;
    setBaseVersion(saved.version);
    setStartedFrom(form.getValues());
    setConflict(null);
    setStatus(`Saved version ${saved.version}.`);
    return true;
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

  return { baseVersion, status, setStatus, submit, update, conflictPanel, signedOut, resume };
}
