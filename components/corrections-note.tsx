import { isoDay } from "@/lib/dates";
import { Notice } from "./notice";

type Props = { corrections: { createdAt: Date; note: string | null }[] };

/** The public trace of a marked correction. Notes are plain text, rendered as text. */
export function CorrectionsNote({ corrections }: Props) {
  if (corrections.length === 0) return null;
  return (
    <Notice as="aside" id="corrections-heading" heading="Corrections" className="mt-6 border-rule text-sm">
      <ul className="mt-1 list-disc pl-5">
        {corrections.map((c) => (
          <li key={c.createdAt.toISOString()}>
            {isoDay(c.createdAt)}: {c.note ?? "This entry was corrected."}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
