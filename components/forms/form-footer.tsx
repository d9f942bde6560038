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
      <button
        type="submit"
        disabled={submitting}
        className="rounded bg-ink px-4 py-2 text-white disabled:opacity-60"
      >
        {submitting ? "Saving…" : label}
      </button>
    </>
  );
}
