import Link from "next/link";
import { formatDateRange } from "@/lib/dates";
import { eventKindLabel, labelOf, roleLabel } from "@/lib/domain";

type DatedEvent = {
  slug: string;
  title: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  datePrecision: string;
  /** A party's role at the event, on a party's page. */
  role?: string;
  process?: { name: string };
};

/**
 * Events as dated links with their kind (and a party's role): the lists on reader
 * pages. `withProcess` names each event's process, for a party in several.
 */
export function DatedEventList({
  events,
  withProcess = false,
}: {
  events: DatedEvent[];
  withProcess?: boolean;
}) {
  return (
    <ol className="mt-2 divide-y divide-rule border-y border-rule">
      {events.map((e) => (
        <li key={`${e.slug}-${e.role ?? ""}`} className="flex flex-col gap-1 py-2 sm:flex-row sm:gap-4">
          <span className="w-40 shrink-0 text-sm tabular-nums text-muted">
            {formatDateRange(e.startsOn, e.endsOn, e.datePrecision)}
          </span>
          <span>
            <Link href={`/events/${e.slug}`} className="underline">
              {e.title}
            </Link>
            <span className="ml-2 text-sm text-muted">
              {labelOf(eventKindLabel, e.kind)}
              {e.role && ` · ${labelOf(roleLabel, e.role)}`}
              {withProcess && e.process ? ` · ${e.process.name}` : ""}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
