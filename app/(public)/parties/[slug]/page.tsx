import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CiteThisView } from "@/components/cite-this-view";
import { CorrectionsNote } from "@/components/corrections-note";
import { DatedEventList } from "@/components/dated-event-list";
import { HistorySteps } from "@/components/history/history-steps";
import { RedLineTable } from "@/components/history/red-line-table";
import { PartySwatch } from "@/components/party-chip";
import { getDb } from "@/lib/db";
import { processPartyRoleLabel } from "@/lib/domain";
import { partyLanes } from "@/lib/history/steps";
import { listCorrections } from "@/lib/queries/corrections";
import { listPositionsOfParty } from "@/lib/queries/positions";
import { listProcessesOfParty } from "@/lib/queries/processes";
import { getPartyBySlug, listPartyEvents } from "@/lib/queries/reader-pages";
import { loadBySlug } from "../../load-by-slug";

type Props = { params: Promise<{ slug: string }> };

const loadParty = loadBySlug(getPartyBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const party = await loadParty((await params).slug);
  if (!party) notFound();
  const title = `${party.name}: positions and red lines`;
  const description = `${party.name}'s talks and statements, its positions by topic over time, and when each red line was stated, restated, softened or dropped.`;
  return { title, description, openGraph: { title, description, type: "profile" } };
}

export default async function PartyPage({ params }: Props) {
  const party = await loadParty((await params).slug);
  if (!party) notFound();
  const db = getDb();
  const [positions, events, corrections, processes] = await Promise.all([
    listPositionsOfParty(db, party.id),
    listPartyEvents(db, party.id),
    listCorrections(db, "party", party.id),
    listProcessesOfParty(db, party.id),
  ]);
  // Across several processes each event and statement names its own.
  const several = processes.length > 1;
  const byTopic = partyLanes(positions);

  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/compare?parties=${party.slug}`}>← Compare this party</Link>
      </p>
      <h1 className="flex items-center gap-3 font-serif text-3xl font-bold leading-tight">
        <PartySwatch color={party.color} className="h-4 w-4" />
        {party.name}
      </h1>
      {party.description ? <p className="mt-1 text-muted">{party.description}</p> : null}

      {processes.length ? (
        <section aria-labelledby="processes-heading" className="mt-6">
          <h2 id="processes-heading" className="font-serif text-2xl font-semibold">
            Peace processes
          </h2>
          <ul className="mt-2 space-y-1">
            {processes.map((p) => (
              <li key={p.slug}>
                <Link href={`/processes/${p.slug}`}>{p.name}</Link>
                {p.role ? (
                  <span className="ml-2 text-sm text-muted">{processPartyRoleLabel[p.role]}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="red-lines-heading" className="mt-8">
        <h2 id="red-lines-heading" className="font-serif text-2xl font-semibold">
          Red lines
        </h2>
        <RedLineTable lanes={byTopic} withProcess={several} />
      </section>

      <section aria-labelledby="events-heading" className="mt-8">
        <h2 id="events-heading" className="font-serif text-2xl font-semibold">
          Events
        </h2>
        {events.length === 0 ? (
          <p className="text-muted">No published events.</p>
        ) : (
          <DatedEventList events={events} withProcess={several} />
        )}
      </section>

      <section aria-labelledby="positions-heading" className="mt-8">
        <h2 id="positions-heading" className="font-serif text-2xl font-semibold">
          Positions by topic
        </h2>
        {byTopic.length === 0 ? <p className="text-muted">No published statements yet.</p> : null}
        {byTopic.map((lane, i) => {
          const first = lane.steps[0]?.position;
          if (!first) return null;
          return (
            <section key={lane.key} aria-labelledby={`lane-${i}`} className="mt-5">
              <h3 id={`lane-${i}`} className="mb-2 font-serif text-lg font-semibold">
                <Link href={`/topics/${first.topic.slug}`} className="text-ink">
                  {first.topic.name}
                </Link>
                {several ? (
                  <span className="ml-2 font-sans text-sm font-normal text-muted">{first.process.name}</span>
                ) : null}
              </h3>
              <HistorySteps steps={lane.steps} show="topic" />
            </section>
          );
        })}
      </section>
      <CorrectionsNote corrections={corrections} />
      <CiteThisView title={party.name} pathname={`/parties/${party.slug}`} />
    </article>
  );
}
