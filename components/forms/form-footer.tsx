/** The end of every form: what the last save said, and the submit button (disabled while saving). */
export function FormFooter({
  status,
  submitting,
  label,
}: {
  status: string | null;
  submitting: boolean;
  label: string;
}) {
  return (
    <>
      {status && (
        <p role="status" className="text-sm">
          {status}
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
