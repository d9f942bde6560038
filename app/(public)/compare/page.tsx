import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CiteThisView } from "@/components/cite-this-view";
import { CompareForm } from "@/components/compare/compare-form";
import { CompareMatrix } from "@/components/compare/compare-matrix";
import { ConvergenceTable } from "@/components/compare/convergence-table";
import { CopyLinkButton } from "@/components/compare/copy-link-button";
import { QuickPicks, quickPicks } from "@/components/compare/quick-picks";
import { loadCachedComparison } from "@/lib/compare/cached";
import { matrixView } from "@/lib/compare/matrix-view";
import { formatDateRange } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listProcesses } from "@/lib/queries/processes";
import { compareLimits, compareSearch, describeIssues, parseCompareQuery } from "@/lib/validation/compare";

export const metadata: Metadata = {
  title: "Compare positions",
  description:
    "Every party's stance and red lines on every topic as of any two dates, with the quote and source behind each cell.",
  openGraph: { title: "Compare positions · Parley", type: "website" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  await connection();
  const parsed = parseCompareQuery(await searchParams);
  if (!parsed.success) {
    return (
      <>
        <Heading />
        <div role="alert" className="my-6 max-w-2xl border-l-4 border-accent bg-white p-4">
          <h2 className="font-semibold">This comparison link is not valid</h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {describeIssues(parsed.error).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <Link href="/compare">Start a new comparison</Link>
          </p>
        </div>
      </>
    );
  }

  const db = getDb();
  const [c, processes] = await Promise.all([loadCachedComparison(db, parsed.data), listProcesses(db)]);
  const state = {
    process: c.process,
    a: c.a,
    b: c.b,
    parties: c.partySlugs,
    topics: c.topicSlugs,
    changed: c.changedOnly,
    page: c.page,
  };
  const permalink = `/compare?${compareSearch(state)}`;
  const hrefFor = (which: "a" | "b", date: string) =>
    `/compare?${compareSearch({ ...state, [which]: date })}`;
  const cells = c.allRows.flatMap((r) => r.cells);
  const changed = cells.filter((cell) => cell.highlighted).length;

  return (
    <>
      <Heading />
      <section aria-label="Comparison settings" className="my-5 space-y-4 border-y border-rule py-4">
        <CompareForm
          process={c.process}
          processes={processes.map((p) => ({ slug: p.slug, name: p.name }))}
          a={c.a}
          b={c.b}
          parties={c.allParties}
          topics={c.allTopics}
          partySlugs={c.partySlugs}
          topicSlugs={c.topicSlugs}
          changedOnly={c.changedOnly}
        />
        <QuickPicks picks={quickPicks(c.rounds)} hrefFor={hrefFor} current={{ a: c.a, b: c.b }} />
        {c.unknownSlugs.length > 0 ? (
          <p role="status" className="text-sm text-accent">
            Not found and left out: {c.unknownSlugs.join(", ")}.
          </p>
        ) : null}
      </section>

      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <p className="font-serif text-lg">
          {c.b ? (
            <>
              <strong>{changed}</strong> of {cells.length} cells changed between{" "}
              {formatDateRange(c.a, null, "day")} and {formatDateRange(c.b, null, "day")}.
            </>
          ) : (
            <>Snapshot as of {formatDateRange(c.a, null, "day")}.</>
          )}
        </p>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <Link href={permalink}>Permalink</Link>
          <CopyLinkButton href={permalink} />
          <a href={`/compare/export.csv?${compareSearch(state)}`}>Download CSV</a>
          <a href={`/compare/export.json?${compareSearch(state)}`}>JSON</a>
        </p>
      </div>

      {c.partiesLeftOut.length > 0 ? (
        <p role="status" className="mb-2 text-sm text-accent">
          At most {compareLimits.parties} parties fit side by side; left out: {c.partiesLeftOut.join(", ")}.
          Pick the parties to compare above.
        </p>
      ) : null}
      <CompareMatrix view={matrixView(c)} />
      {c.pageCount > 1 ? (
        <nav aria-label="Topic pages" className="mt-3 flex flex-wrap items-baseline gap-4 text-sm">
          <span>
            Topics {(c.page - 1) * compareLimits.topicsPerPage + 1}–
            {Math.min(c.page * compareLimits.topicsPerPage, c.topicCount)} of {c.topicCount}
          </span>
          {c.page > 1 ? (
            <Link href={`/compare?${compareSearch({ ...state, page: c.page - 1 })}`}>← Previous topics</Link>
          ) : null}
          {c.page < c.pageCount ? (
            <Link href={`/compare?${compareSearch({ ...state, page: c.page + 1 })}`}>Next topics →</Link>
          ) : null}
        </nav>
      ) : null}
      <Legend />
      <ConvergenceTable rows={c.allRows} date={c.b ?? c.a} which={c.b ? "b" : "a"} />
      <Method />
      <CiteThisView
        title={`Compare positions as of ${c.a}${c.b ? ` and ${c.b}` : ""}`}
        pathname="/compare"
        view="compare"
        pinned={{ a: c.a, ...(c.b ? { b: c.b } : {}) }}
      />
    </>
  );
}

function Heading() {
  return (
    <header className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold leading-tight">Compare positions</h1>
      <p className="mt-1 text-muted">
        What each party said it wants, offers or will never give up, as of two dates. Open a cell to read the
        statement and its source.
      </p>
    </header>
  );
}

function Legend() {
  return (
    <p className="mt-2 text-xs text-muted">
      A = first date, B = second date; “A B” = the same statement on both. — No stated position on either
      date. ● Supports · ✕ Opposes · ◐ Conditional · ○ Open. Shaded cells carry a “Changed” label: the stance
      or kind differs, or a position was first stated, between A and B. “Red line” marks what the party called
      non-negotiable.
    </p>
  );
}

function Method() {
  return (
    <section aria-labelledby="method-heading" className="mt-10 max-w-3xl text-sm text-muted">
      <h2 id="method-heading" className="font-serif text-lg font-semibold text-ink">
        How positions are dated
      </h2>
      <p className="mt-1">
        A party’s position on a topic as of a date is its latest published statement made on or before that
        day; when two were made the same day, the most recently edited one counts. Statements dated only
        approximately or to the month count from their earliest possible day and are marked as approximate.
        Drafts and withdrawn entries are never shown.
      </p>
    </section>
  );
}
