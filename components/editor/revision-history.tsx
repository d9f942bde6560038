import Link from "next/link";
import { fieldLabel, showField } from "@/lib/history/revision-display";
import type { History } from "@/lib/queries/history";
import { EditorTable } from "./editor-table";
import { RestoreButton } from "./restore-button";

const field = (snapshot: unknown, key: string): unknown =>
  snapshot && typeof snapshot === "object" ? (snapshot as Record<string, unknown>)[key] : undefined;
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

type Props = {
  id: string;
  currentVersion: number;
  history: History;
  /** Snapshot keys compared side by side. */
  compared: readonly string[];
  /** The ?a= and ?b= versions to compare; defaults to the last two. */
  a?: string;
  b?: string;
  restore: Parameters<typeof RestoreButton>[0]["restore"];
  /** Passed to `restore` for actions shared by several kinds of row. */
  kind?: string;
};

/**
 * The revision list with compare and restore, shared by every edited kind of
 * row. Linked rows show by name and editors by name, never as ids.
 */
export function RevisionHistory({ id, currentVersion, history, compared, a, b, restore, kind }: Props) {
  const { revisions, names, editorNames } = history;
  const left = revisions.find((r) => String(r.version) === a) ?? revisions[1];
  const right = revisions.find((r) => String(r.version) === b) ?? revisions[0];
  return (
    <>
      <div className="mb-6 overflow-x-auto">
        <EditorTable columns={["Version", "Saved", "By", "Note"]}>
          {revisions.map((r) => (
            <tr key={r.id} className="border-t border-rule align-top">
              <td>{r.version}</td>
              <td>{when(r.createdAt)}</td>
              <td>{r.userId ? (editorNames[r.userId] ?? "a removed account") : "—"}</td>
              <td>
                {r.note ?? ""}
                {r.isCorrection && " (public correction)"}
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
        </EditorTable>
      </div>
      {revisions.length > 1 && (
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
          {(["a", "b"] as const).map((side) => (
            <label key={side} className="flex flex-col">
              {side === "a" ? "Compare version" : "with version"}
              <select
                name={side}
                defaultValue={(side === "a" ? left : right)?.version}
                className="mt-1 rounded border border-rule px-2 py-1"
              >
                {revisions.map((r) => (
                  <option key={r.id} value={r.version}>
                    {r.version}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="rounded border border-ink px-3 py-1">
            Compare
          </button>
        </form>
      )}
      {left && right && (
        <section aria-label="Comparison">
          <h2 className="mb-2 font-serif text-xl font-bold">
            Version {left.version} → version {right.version}
          </h2>
          <div className="overflow-x-auto">
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
                  const before = showField(key, field(left.snapshot, key), names);
                  const after = showField(key, field(right.snapshot, key), names);
                  // Raw values too (jsonb keeps keys in one order), so a link to another row of the same name counts.
                  const changed =
                    before !== after ||
                    JSON.stringify(field(left.snapshot, key) ?? null) !==
                      JSON.stringify(field(right.snapshot, key) ?? null);
                  return (
                    <tr
                      key={key}
                      className={`border-t border-rule align-top ${changed ? "bg-amber-50" : ""}`}
                    >
                      <th scope="row" className="pr-2 text-left font-normal">
                        {fieldLabel(key)}
                        {changed && <span className="ml-2 text-xs font-semibold uppercase">changed</span>}
                      </th>
                      <td className="pr-2">{before}</td>
                      <td>{after}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
