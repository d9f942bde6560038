"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

type StoredDraft<V> = { values: V; savedAt: string; baseVersion: number; startedFrom?: V };

const storageKey = (key: string) => `parley:draft:${key}`;

function read<V>(key: string): StoredDraft<V> | null {
  try {
    const raw = window.localStorage.getItem(storageKey(key));
    return raw ? (JSON.parse(raw) as StoredDraft<V>) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what is typed into a form in this browser's localStorage until it is
 * saved, so a crash, a closed tab or a lost connection loses nothing. On the
 * next visit the draft is put back and the form says so. A draft remembers the
 * version it was typed against: `resume` makes the next save go against that
 * version, so edits made since by someone else come back as a conflict to
 * review, never as a silent overwrite. `key` null turns it off (inline forms).
 */
export function useFormDraft<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  key: string | null,
  baseVersion: number,
  /** Continue from a draft's base version, or (null) from the row as loaded. */
  resume: (draft: { baseVersion: number; startedFrom: V | undefined } | null) => void,
) {
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const startedFrom = useRef<V>(form.getValues());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Put a stored draft back once, when the form first mounts.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per form key by design.
  useEffect(() => {
    if (!key) return;
    const draft = read<V>(key);
    if (!draft) return;
    form.reset(draft.values, { keepDefaultValues: true });
    resume({ baseVersion: draft.baseVersion, startedFrom: draft.startedFrom });
    setRestoredAt(draft.savedAt);
  }, [key]);

  useEffect(() => {
    if (!key) return;
    const subscription = form.watch((values) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const draft: StoredDraft<V> = {
          values: values as V,
          savedAt: new Date().toISOString(),
          baseVersion,
          startedFrom: startedFrom.current,
        };
        try {
          window.localStorage.setItem(storageKey(key), JSON.stringify(draft));
        } catch {
          // Storage full or disabled: the form still works, only without the safety net.
        }
      }, 400);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, key, baseVersion]);

  /** After a successful save: nothing is pending any more. */
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    if (key) window.localStorage.removeItem(storageKey(key));
    startedFrom.current = form.getValues();
    setRestoredAt(null);
  }, [form, key]);

  /** The editor does not want the restored text: back to the stored row. */
  const discard = useCallback(() => {
    clear();
    form.reset();
    resume(null);
  }, [clear, form, resume]);

  return { restoredAt, clear, discard };
}
