import type { Metadata } from "next";
import { buildCodebook, rules, vocabularies } from "@/lib/export/codebook";

export const metadata: Metadata = {
  title: "Codebook",
  description:
    "Every table and field of Parley's data, every vocabulary value, and the date and as-of rules.",
};

/** /data/codebook — generated from the export's table specs and the schema's vocabularies. */
export default function CodebookPage() {
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="mb-2 font-serif text-3xl font-bold">Codebook</h1>
      <p className="mb-4">
        <a href="/data/codebook.md" download>
          Download as a file
        </a>
      </p>
      <h2 className="mt-6 font-serif text-xl font-semibold">Rules</h2>
      <p className="mt-2">
        <strong>Date precision.</strong> {rules.datePrecision}
      </p>
      <p className="mt-2">
        <strong>As of.</strong> {rules.asOf}
      </p>
      {buildCodebook("all").map((table) => (
        <section key={table.name} className="mt-6" aria-labelledby={`t-${table.name}`}>
          <h2 id={`t-${table.name}`} className="font-serif text-xl font-semibold">
            {table.name}
          </h2>
          <p className="text-muted">{table.description}</p>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th className="pr-3">Column</th>
                <th className="pr-3">Type</th>
                <th>Meaning</th>
              </tr>
            </thead>
            <tbody>
              {table.columns.map((c) => (
                <tr key={c.key} className="border-t border-rule align-top">
                  <td className="pr-3 font-mono">{c.key}</td>
                  <td className="pr-3">{c.kind}</td>
                  <td>{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <h2 className="mt-6 font-serif text-xl font-semibold">Vocabularies</h2>
      <dl className="mt-2 text-sm">
        {Object.entries(vocabularies).map(([name, values]) => (
          <div key={name} className="mt-1">
            <dt className="inline font-medium">{name}: </dt>
            <dd className="inline">{values.join(", ")}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
