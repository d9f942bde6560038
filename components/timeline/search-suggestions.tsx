"use client";

import type { TimelineWindow } from "@/lib/queries/timeline";

type Props = {
  query: string;
  search: TimelineWindow["search"];
  onPickParty: (slug: string) => void;
};

/**
 * What the search understood: "Kiev is a name for Ukraine". A party named by
 * the search is offered as a filter; only the reader's click applies it.
 */
export function SearchSuggestions({ query, search, onPickParty }: Props) {
  const entities = search?.entities ?? [];
  if (!query || entities.length === 0) return null;
  return (
    <ul
      className="flex flex-wrap gap-2 text-sm"
      aria-label="Search suggestions"
      data-testid="search-suggestions"
    >
      {entities.map((e) => (
        <li key={`${e.kind}:${e.slug}`} className="rounded border border-rule bg-white px-2 py-1">
          <span className="text-muted">
            {e.matched === e.name ? e.name : `“${e.matched}” is a name for ${e.name}`}
            {e.kind === "person" ? " (person)" : e.kind === "topic" ? " (topic)" : " (party)"}
          </span>
          {e.kind === "party" ? (
            <button type="button" className="ml-2 underline" onClick={() => onPickParty(e.slug)}>
              Show only {e.name}’s events
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
