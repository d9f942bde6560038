import { formatDateRange } from "@/lib/dates";
import {
  eventFormatLabel,
  eventKindLabel,
  labelOf,
  OUTCOME_NOT_RECORDED,
  personRoleLabel,
  readerStatus,
  roleLabel,
} from "@/lib/domain";
import type { EventView } from "@/lib/queries/events";
import { PartyChip } from "./party-chip";
import { SourceCitation } from "./source-link";

/** The facts of one event: used by the timeline's details panel and the event page alike. */
export function EventFacts({ event }: { event: EventView }) {
  const place = [event.locationName, event.country].filter(Boolean).join(", ");
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        <span className="font-medium text-ink">
          {formatDateRange(event.startsOn, event.endsOn, event.datePrecision)}
        </span>
        {" · "}
        {labelOf(eventKindLabel, event.kind)}
        {event.format ? ` · ${labelOf(eventFormatLabel, event.format)}` : ""}
        {place ? ` · ${place}` : ""}
        {" · "}
        <StatusBadge event={event} />
      </p>
      {event.summary ? <p className="font-serif text-lg leading-relaxed">{event.summary}</p> : null}
      {event.participants.length > 0 ? (
        <section aria-label="Participants">
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Participants</h3>
          <ul className="flex flex-wrap gap-2">
            {event.participants.map((p) => (
              <li key={`${p.partySlug}-${p.role}`}>
                <PartyChip name={p.partyName} color={p.color} suffix={labelOf(roleLabel, p.role)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.people.length > 0 ? (
        <section aria-label="People present">
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">People present</h3>
          <ul className="space-y-0.5 text-sm">
            {event.people.map((p) => (
              <li key={`${p.personSlug}-${p.role}`}>
                <span className="font-medium">{p.name}</span>
                {p.title || p.partyName ? (
                  <span className="text-muted">, {[p.title, p.partyName].filter(Boolean).join(", ")}</span>
                ) : null}
                <span className="text-muted"> — {labelOf(personRoleLabel, p.role)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-label="Sources">
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Sources</h3>
        {event.sources.length > 0 ? (
          <ul className="space-y-2">
            {event.sources.map((s) => (
              <SourceCitation key={s.sourceId} source={s} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No source recorded yet.</p>
        )}
      </section>
    </div>
  );
}

const statusStyle: Record<string, string> = {
  held: "bg-stone-100 text-stone-800",
  scheduled: "bg-sky-50 text-sky-900 border border-sky-300",
  postponed: "bg-amber-50 text-amber-900 border border-amber-300",
  cancelled: "bg-stone-100 text-stone-600 line-through",
  [OUTCOME_NOT_RECORDED]: "bg-stone-50 text-stone-800 border border-dashed border-stone-400",
};

/** The event's status as readers should read it today (see readerStatus). */
export function StatusBadge({
  event,
}: {
  event: { status: string; startsOn: string; endsOn: string | null };
}) {
  const shown = readerStatus(event);
  return (
    <span
      className={`rounded-sm px-1.5 py-0.5 text-xs font-medium ${statusStyle[shown.key] ?? ""}`}
      data-testid="event-status"
    >
      {shown.label}
    </span>
  );
}
