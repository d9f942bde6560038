import { formatDateRange } from "@/lib/dates";
import { labelOf, positionKindLabel, stanceLabel } from "@/lib/domain";
import { PartyChip } from "./party-chip";
import { SourceCitation } from "./source-link";

export type PositionItem = {
  id: string;
  statedOn: string;
  datePrecision: string;
  kind: string;
  stance: string;
  summary: string;
  quote: string | null;
  party: { name: string; color: string };
  topic: { name: string };
  person: { name: string; title: string | null } | null;
  sources: { url: string | null; title: string; outlet: string | null; excerpt: string | null }[];
};

export function PositionList({ positions, emptyText }: { positions: PositionItem[]; emptyText: string }) {
  if (positions.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ul className="space-y-5">
      {positions.map((p) => (
        <li key={p.id} className="rounded border border-rule bg-white p-4">
          <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
            <PartyChip name={p.party.name} color={p.party.color} />
            <span className="font-medium">{p.topic.name}</span>
            <span
              className={
                p.kind === "red_line"
                  ? "rounded-sm bg-red-50 px-1.5 py-0.5 text-xs font-semibold uppercase text-red-900"
                  : "text-xs uppercase text-muted"
              }
            >
              {labelOf(positionKindLabel, p.kind)}
            </span>
            <span className="text-muted">
              {labelOf(stanceLabel, p.stance)} · {formatDateRange(p.statedOn, null, p.datePrecision)}
            </span>
          </div>
          <p>{p.summary}</p>
          {p.quote ? (
            <blockquote className="mt-2 border-l-4 border-accent pl-3 font-serif italic">
              “{p.quote}”
              {p.person ? (
                <footer className="mt-1 text-sm not-italic text-muted">
                  — {p.person.name}
                  {p.person.title ? `, ${p.person.title}` : ""}
                </footer>
              ) : null}
            </blockquote>
          ) : p.person ? (
            <p className="mt-1 text-sm text-muted">
              Speaker: {p.person.name}
              {p.person.title ? `, ${p.person.title}` : ""}
            </p>
          ) : null}
          <ul className="mt-3 space-y-2">
            {p.sources.map((s) => (
              <SourceCitation
                key={`${p.id}-${s.url ?? s.title}`}
                source={{ ...s, publishedOn: null, archivedUrl: null }}
              />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
