import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { z } from "zod";
import { CiteThisView } from "@/components/cite-this-view";
import { CorrectionsNote } from "@/components/corrections-note";
import { PositionList } from "@/components/position-list";
import { formatDateRange } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listCorrections } from "@/lib/queries/corrections";
import { getPosition } from "@/lib/queries/positions";

type Props = { params: Promise<{ id: string }> };

// Metadata and page ask for the same row: one query per request.
const load = cache(async (id: string) => {
  await connection();
  const parsed = z.uuid().safeParse(id);
  return parsed.success ? getPosition(getDb(), parsed.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const position = await load((await params).id);
  if (!position) notFound();
  const title = `${position.party.name} on ${position.topic.name}, ${formatDateRange(position.statedOn, null, position.datePrecision)}`;
  return {
    title,
    description: position.summary,
    openGraph: { title, description: position.summary, type: "article" },
  };
}

export default async function PositionPage({ params }: Props) {
  const position = await load((await params).id);
  if (!position) notFound();
  const corrections = await listCorrections(getDb(), "position", position.id);
  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/compare">← Compare positions</Link>
      </p>
      <h1 className="mb-4 font-serif text-3xl font-bold leading-tight">
        {position.party.name} on {position.topic.name.toLowerCase()}
      </h1>
      <PositionList positions={[position]} emptyText="" />
      <ul className="mt-6 space-y-1 text-sm">
        {position.event ? (
          <li>
            Stated at: <Link href={`/events/${position.event.slug}`}>{position.event.title}</Link>
          </li>
        ) : null}
        <li>
          <Link href={`/topics/${position.topic.slug}`}>
            Every party on {position.topic.name.toLowerCase()} over time
          </Link>
        </li>
        <li>
          <Link href={`/parties/${position.party.slug}`}>
            All of {position.party.name}’s positions and red lines
          </Link>
        </li>
      </ul>
      <CorrectionsNote corrections={corrections} />
      <CiteThisView
        title={`${position.party.name} on ${position.topic.name.toLowerCase()}, ${position.statedOn}`}
        pathname={`/positions/${position.id}`}
      />
    </article>
  );
}
