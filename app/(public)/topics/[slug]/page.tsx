import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { CiteThisView } from "@/components/cite-this-view";
import { CorrectionsNote } from "@/components/corrections-note";
import { HistorySteps } from "@/components/history/history-steps";
import { StepChart } from "@/components/history/step-chart";
import { getDb } from "@/lib/db";
import { lanes } from "@/lib/history/steps";
import { listCorrections } from "@/lib/queries/corrections";
import { listPositionsOnTopic } from "@/lib/queries/positions";
import { getTopicBySlug } from "@/lib/queries/reader-pages";
import { slug as slugSchema } from "@/lib/validation/common";

type Props = { params: Promise<{ slug: string }> };

const loadTopic = cache(async (raw: string) => {
  await connection();
  const parsed = slugSchema.safeParse(raw);
  return parsed.success ? getTopicBySlug(getDb(), parsed.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  if (!topic) notFound();
  const title = `${topic.name}: positions over time`;
  const description = `Every party's dated statements on ${topic.name.toLowerCase()}, with each change labelled and sourced.`;
  return { title, description, openGraph: { title, description, type: "article" } };
}

export default async function TopicPage({ params }: Props) {
  const topic = await loadTopic((await params).slug);
  if (!topic) notFound();
  const [positions, corrections] = await Promise.all([
    listPositionsOnTopic(getDb(), topic.id),
    listCorrections(getDb(), "topic", topic.id),
  ]);
  const byParty = lanes(positions, (p) => p.party.slug);
  const names = Object.fromEntries(positions.map((p) => [p.party.slug, p.party.name]));

  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/compare?topics=${topic.slug}`}>← Compare this topic</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold leading-tight">{topic.name}</h1>
      {topic.description ? <p className="mt-1 text-muted">{topic.description}</p> : null}
      {byParty.length === 0 ? (
        <p className="mt-6 text-muted">No party has a published statement on this topic yet.</p>
      ) : (
        <>
          <StepChart lanes={byParty} names={names} />
          {byParty.map((lane) => (
            <section key={lane.key} aria-labelledby={`lane-${lane.key}`} className="mt-6">
              <h2 id={`lane-${lane.key}`} className="mb-2 font-serif text-xl font-semibold">
                <Link href={`/parties/${lane.key}`} className="text-ink">
                  {names[lane.key]}
                </Link>
              </h2>
              <HistorySteps steps={lane.steps} show="topic" />
            </section>
          ))}
        </>
      )}
      <CorrectionsNote corrections={corrections} />
      <CiteThisView title={topic.name} pathname={`/topics/${topic.slug}`} />
    </article>
  );
}
