"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

import { draftStorageKey, useDraftOwner } from "./draft-storage";

type StoredDraft<V> = { values: V; savedAt: string; baseVersion: number; startedFrom?: V };

function read<V>(storageKey: string): StoredDraft<V> | null {
  try {
    const raw = window.localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as StoredDraft<V>) : null;
  } catch {
    return null;
  }
}

/** JSON with object keys sorted, so values compare equal whatever order their keys were set in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Keeps what is typed into a form in this browser's localStorage until it is
 * saved, so a crash, a closed tab or a lost connection loses nothing. On the
 * next visit the draft is put back and the form says so. A draft remembers the
 * version it was typed against: `resume` makes the next save go against that
 * version, so edits made since by someone else come back as a conflict to
 * review, never as a silent overwrite. Values equal to the stored row are no
 * draft: they are removed, not kept. `formKey` null turns it off (inline forms). Drafts
 * are stored per signed-in account (see draft-storage.ts).
 */
export function useFormDraft<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  formKey: string | null,
  baseVersion: number,
  /** Continue from a draft's base version, or (null) from the row as loaded. */
  resume: (draft: { baseVersion: number; startedFrom: V | undefined } | null) => void,
) {
  // No owner (outside the editor) means no draft: text is never stored unattributed.
  const owner = useDraftOwner();
  const key = formKey && owner ? draftStorageKey(owner, formKey) : null;
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  /** The values the draft was typed on: the row as loaded (or a restored draft's), then as last saved. */
  const startedFrom = useRef<V>(form.getValues());
  /** The row as stored, as JSON: a form showing exactly that has nothing to keep. */
  const stored = useRef(stableJson(form.getValues()));
  /** What was last written, so putting a draft back does not re-date it. */
  const written = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** False until the stored draft (if any) is back: what is typed before then would be overwritten. */
  const [ready, setReady] = useState(false);

  // Put a stored draft back once, when the form first mounts.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per form key by design.
  useEffect(() => {
    const draft = key ? read<V>(key) : null;
    if (draft) {
      if (draft.startedFrom) startedFrom.current = draft.startedFrom;
      written.current = stableJson(draft.values);
      form.reset(draft.values, { keepDefaultValues: true });
      resume({ baseVersion: draft.baseVersion, startedFrom: draft.startedFrom });
      setRestoredAt(draft.savedAt);
    }
    setReady(true);
  }, [key]);

  useEffect(() => {
    if (!key) return;
    const write = () => {
      timer.current = undefined;
      const values = form.getValues();
      const json = stableJson(values);
      if (json === written.current) return;
      written.current = json;
      try {
        if (json === stored.current) {
          window.localStorage.removeItem(key);
          return;
        }
        const draft: StoredDraft<V> = {
          values,
          savedAt: new Date().toISOString(),
          baseVersion,
          startedFrom: startedFrom.current,
        };
        window.localStorage.setItem(key, JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the form still works, only without the safety net.
      }
    };
    // Leaving or reloading the page writes what the pause has not written yet.
    const flush = () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      write();
    };
    const subscription = form.watch(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(write, 400);
    });
    window.addEventListener("pagehide", flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [form, key, baseVersion]);

  /** After a successful save: nothing is pending any more, and what is shown is what is stored. */
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (key) window.localStorage.removeItem(key);
    startedFrom.current = form.getValues();
    stored.current = stableJson(startedFrom.current);
    written.current = stored.current;
    setRestoredAt(null);
  }, [form, key]);

  /** The editor does not want the restored text: back to the stored row, and the draft is gone. */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (key) window.localStorage.removeItem(key);
    form.reset();
    startedFrom.current = form.getValues();
    written.current = null;
    setRestoredAt(null);
    resume(null);
  }, [form, key, resume]);

  return { restoredAt, ready, clear, discard };
}
