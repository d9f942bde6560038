/** Says that unsaved text from an earlier visit was put back, with a way to throw it away. */
export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard: () => void }) {
  if (!restoredAt) return null;
  const time = new Date(restoredAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded border border-link bg-link/5 p-2 text-sm"
    >
      <span>Unsaved changes from {time} were restored. Save to keep them.</span>
      <button type="button" className="underline" onClick={onDiscard}>
        Discard them
      </button>
    </div>
  );
}
