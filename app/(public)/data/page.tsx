import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/lib/db";
import { buildBundle } from "@/lib/export/export";
import { specsFor } from "@/lib/export/tables";

export const metadata: Metadata = {
  title: "Data",
  description: "Download Parley's published data set as JSON or CSV.",
};

/** /data — downloads of the published data set, and how to load it elsewhere. */
export default async function DataPage() {
  await connection();
  const { counts, licence, lastUpdated, datasetVersion } = await buildBundle(getDb(), "published");
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="mb-2 font-serif text-3xl font-bold">Data</h1>
      <p className="mb-4">
        Everything published on Parley, for reuse: peace processes, events, positions, parties, people,
        topics, sources and the citations that tie them together. Drafts and deleted rows are never included.
      </p>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Licence</dt>
        <dd>
          <a href={licence.url} rel="license">
            {licence.id}
          </a>
        </dd>
        <dt className="font-medium">Last updated</dt>
        <dd>
          {lastUpdated ? (
            <time dateTime={lastUpdated}>{lastUpdated.slice(0, 19).replace("T", " ")} UTC</time>
          ) : (
            "—"
          )}
        </dd>
        <dt className="font-medium">Codebook</dt>
        <dd>
          <Link href="/data/codebook">Every table, field and value</Link> ·{" "}
          <a href="/data/codebook.md" download>
            file
          </a>
        </dd>
        <dt className="font-medium">Dataset version</dt>
        <dd>
          <code>{datasetVersion}</code>
        </dd>
      </dl>
      <p className="mb-4 text-sm">
        How to cite: Parley, peace talks data set, version {datasetVersion}
        {lastUpdated ? ` (updated ${lastUpdated.slice(0, 10)})` : ""}, {licence.id}, with the address of the
        view you used.
      </p>
      <h2 className="mb-2 font-serif text-xl font-semibold">JSON</h2>
      <p className="mb-4">
        <a href="/data/parley.json" download className="font-medium">
          Download JSON
        </a>{" "}
        <span className="text-sm text-muted">
          one bundle with every table; load it into another Parley with{" "}
          <code>npm run import -- parley.json</code>
        </span>
      </p>
      <h2 className="mb-2 font-serif text-xl font-semibold">CSV, one file per table</h2>
      <ul className="mb-4 list-disc pl-5">
        {specsFor("published").map((spec) => (
          <li key={spec.name}>
            <a href={`/data/csv/${spec.name}.csv`} download>
              Download CSV: {spec.name}
            </a>{" "}
            <span className="text-sm text-muted">
              ({counts[spec.name] ?? 0} {counts[spec.name] === 1 ? "row" : "rows"})
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        Lists (aliases) are JSON arrays inside a cell; empty cells are nulls. Rows reference each other by id.
        For filtered or live data use the <Link href="/api">API</Link>, the Atom feed or the calendar.
      </p>
    </article>
  );
}
