import Link from "next/link";
import { Notice } from "@/components/notice";
import { formatDateRange } from "@/lib/dates";

type Row = { id: string; title: string; startsOn: string; endsOn: string | null };

/** Events still "scheduled" after their dates: readers see "outcome not recorded" until an editor updates them. */
export function OutcomesToRecord({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return null;
  return (
    <Notice
      id="outcomes-heading"
      heading={`Outcome not recorded (${rows.length})`}
      className="mb-6 border-amber-300"
    >
      <p className="mb-2 text-sm">These events are still marked scheduled, but their dates have passed.</p>
      <ul className="list-disc pl-5 text-sm" data-testid="outcomes-to-record">
        {rows.map((r) => (
          <li key={r.id}>
            <Link href={`/editor/events/${r.id}`}>{r.title}</Link> —{" "}
            {formatDateRange(r.startsOn, r.endsOn, "day")}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
