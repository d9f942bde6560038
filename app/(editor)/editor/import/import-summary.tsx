import Link from "next/link";
import { useId } from "react";
import type { NewNames } from "@/lib/importer/new-names";
import type { ArticleImportSummary } from "@/lib/services/article-import";

/** After "Accept": what was saved as drafts, each linked to its form. */
export function ImportSummary({ done, onAnother }: { done: ArticleImportSummary; onAnother: () => void }) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={`${headingId}`}
      className="space-y-2 rounded border border-ink p-3"
      role="status"
    >
      <h2 id={`${headingId}`} className="font-serif text-xl font-bold">
        Saved as drafts
      </h2>
      <p>
        {done.events.length} event(s) and {done.positions.length} position(s) are drafts citing the article;
        new in the directory, also as drafts:{" "}
        {[...done.created.parties, ...done.created.people, ...done.created.topics].join(", ") || "nothing"}.
        Nothing is published until you publish it.
      </p>
      <ul className="list-disc pl-5">
        {done.events.map((ev) => (
          <li key={ev.id}>
            <Link href={`/editor/events/${ev.id}`}>{ev.title}</Link>
          </li>
        ))}
      </ul>
      {done.positions.length > 0 ? (
        <ul className="list-disc pl-5" aria-label="Imported statements">
          {done.positions.map((positionId, i) => (
            <li key={positionId}>
              <Link href={`/editor/positions/${positionId}`}>Statement {i + 1} (draft)</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="flex gap-4">
        <Link href="/editor/positions">Review positions</Link>
        <button type="button" className="underline" onClick={onAnother}>
          Import another article
        </button>
      </p>
    </section>
  );
}

/** What accepting will add to the directory, so a misspelt name is caught before it becomes a row. */
export function NewNamesNote({ names }: { names: NewNames }) {
  const groups = [
    ["parties", names.parties],
    ["people", names.people],
    ["topics", names.topics],
  ] as const;
  const shown = groups.filter(([, list]) => list.length > 0);
  if (!shown.length)
    return <p className="text-sm">Every party, person and topic named is already in the directory.</p>;
  return (
    <p className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
      Not yet in the directory — accepting creates them as drafts:{" "}
      {shown.map(([label, list]) => `${label}: ${list.join(", ")}`).join("; ")}.
    </p>
  );
}
