"use client";

import { useCallback } from "react";

/**
 * The end of every form: what the last save said, and the submit button
 * (disabled while saving). A session that ended mid-edit gets a way to sign in
 * again in another tab, so what is typed here stays and can be saved after.
 */
export function FormFooter({
  status,
  submitting,
  label,
  signedOut = false,
}: {
  status: string | null;
  submitting: boolean;
  label: string;
  signedOut?: boolean;
}) {
  // Ctrl/⌘+S saves the form this button belongs to, instead of saving the web page.
  const saveShortcut = useCallback((button: HTMLButtonElement | null) => {
    const form = button?.form;
    if (!form) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        e.stopPropagation();
        form.requestSubmit(button);
      }
    };
    form.addEventListener("keydown", onKey);
    return () => form.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      {status && (
        <p role="status" className="text-sm">
          {status}
        </p>
      )}
      {signedOut && (
        <p className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
          Your session has ended. Your text is still here:{" "}
          <a href="/sign-in" target="_blank" rel="noopener">
            sign in again in a new tab
          </a>
          , then come back and save.
        </p>
      )}
      <div className="flex items-center gap-3">
        <button
          ref={saveShortcut}
          type="submit"
          disabled={submitting}
          className="rounded bg-ink px-4 py-2 text-white disabled:opacity-60"
        >
          {submitting ? "Saving…" : label}
        </button>
        <span className="hidden text-sm text-muted sm:inline">
          or <kbd>Ctrl</kbd>+<kbd>S</kbd>
        </span>
      </div>
    </>
  );
}
