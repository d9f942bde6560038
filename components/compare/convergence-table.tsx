import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { ScrollRegion } from "@/components/scroll-region";
import { type TopicVerdict, topicVerdict } from "@/lib/compare/rules";
import type { ComparisonRow } from "@/lib/compare/view";
import { formatDateRange } from "@/lib/dates";
import { labelOf, stanceLabel } from "@/lib/domain";

const verdictText: Record<TopicVerdict, string> = {
  aligned: "Aligned",
  room: "Room to move",
  conflict: "Conflict",
  "one-sided": "Only one party on record",
  silent: "Nobody on record",
};
const verdictClass: Record<TopicVerdict, string> = {
  aligned: "border-[#1f5a36] text-[#1f5a36]",
  room: "border-[#6b4f00] text-[#6b4f00]",
  conflict: "border-[#8c1c13] text-[#8c1c13]",
  "one-sided": "border-rule text-muted",
  silent: "border-rule text-muted",
};

/** Per topic, how close the stances on record are as of one date, with the rule in words. */
export function ConvergenceTable({
  rows,
  date,
  which,
}: {
  rows: ComparisonRow[];
  date: string;
  which: "a" | "b";
}) {
  const pick = (cell: ComparisonRow["cells"][number]) => cell[which];
  return (
    <section aria-labelledby="convergence-heading" className="mt-10">
      <h2 id="convergence-heading" className="font-serif text-2xl font-semibold">
        Where the parties stand, as of {formatDateRange(date, null, "day")}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-muted">
        How it is computed: we compare every pair of parties with a stated position on the topic. The same
        firm stance (both support, or both oppose) is <strong>aligned</strong>; support against opposition is
        a <strong>conflict</strong>; a conditional or open stance on either side leaves{" "}
        <strong>room to move</strong>. A topic shows its worst pair: one conflict makes it a conflict. Parties
        with no stated position are left out.
      </p>
      <ScrollRegion label="Convergence table (scrolls sideways)" className="mt-3">
        <DataTable
          caption={`Convergence by topic as of ${formatDateRange(date, null, "day")}`}
          columns={["Topic", "Verdict", "Stances on record"]}
        >
          {rows.map((row) => {
            const onRecord = row.cells.flatMap((c) => {
              const p = pick(c);
              return p ? [{ party: c.party.name, stance: p.stance }] : [];
            });
            const verdict = topicVerdict(onRecord.map((r) => r.stance));
            return (
              <tr key={row.topic.id} className="border-b border-rule align-top">
                <th scope="row" className="py-1.5 pr-3 font-medium">
                  <Link href={`/topics/${row.topic.slug}`}>{row.topic.name}</Link>
                </th>
                <td className="py-1.5 pr-3">
                  <span
                    className={`inline-block rounded-sm border px-1.5 text-xs font-semibold ${verdictClass[verdict]}`}
                  >
                    {verdictText[verdict]}
                  </span>
                </td>
                <td className="py-1.5 text-muted">
                  {onRecord.length
                    ? onRecord.map((r) => `${r.party}: ${labelOf(stanceLabel, r.stance)}`).join(" · ")
                    : "—"}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </ScrollRegion>
    </section>
  );
}
