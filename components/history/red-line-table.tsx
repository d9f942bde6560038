import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { formatDateRange } from "@/lib/dates";
import { type Lane, redLineRecord, restatements } from "@/lib/history/steps";
import type { PositionView } from "@/lib/queries/positions";

const day = (p: PositionView) => formatDateRange(p.statedOn, null, p.datePrecision);

/** For each topic a party ever called a red line: when first stated, restated, and softened or dropped. */
export function RedLineTable({
  lanes,
  withProcess = false,
}: {
  lanes: Lane<PositionView>[];
  /** Name each lane's process: a party's page spanning several. */
  withProcess?: boolean;
}) {
  const records = lanes.flatMap((lane) => {
    const record = redLineRecord(lane.steps);
    return record ? [{ key: lane.key, record }] : [];
  });
  if (records.length === 0)
    return <p className="mt-2 text-muted">No statement of this party is recorded as a red line.</p>;
  return (
    <>
      <p className="mt-1 text-sm text-muted">
        Softened: a later statement is no longer a red line, or only conditional or open. Dropped: a later
        statement takes the opposite stance.
      </p>
      <DataTable
        caption="Red lines and how they held"
        columns={["Topic", "First stated", "Restated", "Status"]}
        className="mt-2"
      >
        {records.map(({ key, record }) => (
          <tr key={key} className="border-b border-rule align-top">
            <th scope="row" className="py-1.5 pr-3 font-medium">
              <Link href={`/topics/${record.firstStated.topic.slug}`}>{record.firstStated.topic.name}</Link>
              {withProcess ? (
                <span className="block text-xs font-normal text-muted">
                  {record.firstStated.process.name}
                </span>
              ) : null}
            </th>
            <td className="py-1.5 pr-3">
              <Link href={`/positions/${record.firstStated.id}`}>{day(record.firstStated)}</Link>
            </td>
            <td className="py-1.5 pr-3">{restatements(record).map(day).join(", ") || "—"}</td>
            <td className="py-1.5">
              {record.ended ? (
                <Link href={`/positions/${record.ended.position.id}`}>
                  {record.ended.how === "softened" ? "Softened" : "Dropped"} {day(record.ended.position)}
                </Link>
              ) : (
                "Holds"
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
