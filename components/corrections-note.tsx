import { isoDay } from "@/lib/dates";

type Props = { corrections: { createdAt: Date; note: string | null }[] };

/** The public trace of a marked correction. Notes are plain text, rendered as text. */
export function CorrectionsNote({ corrections }: Props) {
  if (corrections.length === 0) return null;
  return (
    <aside
      aria-labelledby="corrections-heading"
      className="mt-6 rounded border border-rule bg-amber-50 p-3 text-sm"
    >
      <h2 id="corrections-heading" className="font-semibold">
        Corrections
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {corrections.map((c) => (
          <li key={c.createdAt.toISOString()}>
            {isoDay(c.createdAt)}: {c.note ?? "This entry was corrected."}
          </li>
        ))}
      </ul>
    </aside>
  );
}
