import Link from "next/link";
import type { Revision } from "@/db/schema";
import { RestoreButton } from "./restore-button";

const show = (v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v);
const field = (snapshot: unknown, key: string): unknown =>
  snapshot && typeof snapshot === "object" ? (snapshot as Record<string, unknown>)[key] : undefined;

type Props = {
  id: string;
  currentVersion: number;
  revisions: Revision[];
  /** Snapshot keys compared side by side. */
  compared: readonly string[];
  /** The ?a= and ?b= versions to compare; defaults to the last two. */
  a?: string;
  b?: string;
  restore: Parameters<typeof RestoreButton>[0]["restore"];
  /** Passed to `restore` for actions shared by several kinds of row. */
  kind?: string;
};

/** The revision list with compare and restore, shared by every edited entity's history page. */
export function RevisionHistory({ id, currentVersion, revisions, compared, a, b, restore, kind }: Props) {
  const left = revisions.find((r) => String(r.version) === a) ?? revisions[1];
  const right = revisions.find((r) => String(r.version) === b) ?? revisions[0];
  return (
    <>
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
                <Link href={`?a=${r.version}&b=${currentVersion}`}>Compare with current</Link>
                {r.version !== currentVersion && (
                  <RestoreButton
                    id={id}
                    version={r.version}
                    baseVersion={currentVersion}
                    restore={restore}
                    kind={kind}
                  />
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
    </>
  );
}
