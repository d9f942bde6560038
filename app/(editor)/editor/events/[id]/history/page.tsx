import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { getEventSnapshot } from "@/lib/services/events";
import { listRevisions } from "@/lib/services/revisions";
import { RestoreButton } from "./restore-button";

export const metadata: Metadata = { title: "Event history" };

const compared = [
  "title",
  "summary",
  "kind",
  "status",
  "format",
  "startsOn",
  "endsOn",
  "datePrecision",
  "locationName",
  "country",
  "publication",
  "deletedAt",
  "participants",
  "sources",
] as const;

const show = (v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v);
const field = (snapshot: unknown, key: string): unknown =>
  snapshot && typeof snapshot === "object" ? (snapshot as Record<string, unknown>)[key] : undefined;

export default async function EventHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  await connection();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [event, revisions] = await Promise.all([getEventSnapshot(db, id), listRevisions(db, "event", id)]);
  if (!event) notFound();
  const { a, b } = await searchParams;
  const left = revisions.find((r) => String(r.version) === a) ?? revisions[1];
  const right = revisions.find((r) => String(r.version) === b) ?? revisions[0];

  return (
    <div>
      <h1 className="mb-1 font-serif text-2xl font-bold">History: {event.title}</h1>
      <p className="mb-4 text-sm">
        Current version {event.version} · <Link href={`/editor/events/${id}`}>Edit</Link>
      </p>
      <table className="mb-6 w-full text-sm">
        <thead>
          <tr className="text-left">
            <th>Version</th>
            <th>Saved</th>
            <th>By</th>
            <th>Note</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id} className="border-t border-rule">
              <td>{r.version}</td>
              <td>{r.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
              <td>{r.userId ?? "—"}</td>
              <td>
                {r.note ?? ""}
                {r.isCorrection && " (correction)"}
              </td>
              <td className="space-x-3">
                <Link href={`?a=${r.version}&b=${event.version}`}>Compare with current</Link>
                {r.version !== event.version && (
                  <RestoreButton id={id} version={r.version} baseVersion={event.version} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {left && right && (
        <section aria-label="Comparison">
          <h2 className="mb-2 font-serif text-xl font-bold">
            Version {left.version} → version {right.version}
          </h2>
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th>Field</th>
                <th>Version {left.version}</th>
                <th>Version {right.version}</th>
              </tr>
            </thead>
            <tbody>
              {compared.map((key) => {
                const before = show(field(left.snapshot, key));
                const after = show(field(right.snapshot, key));
                return (
                  <tr
                    key={key}
                    className={`border-t border-rule align-top ${before !== after ? "bg-amber-50 font-medium" : ""}`}
                  >
                    <td>
                      {key}
                      {before !== after && <span className="sr-only"> (changed)</span>}
                    </td>
                    <td>{before}</td>
                    <td>{after}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
