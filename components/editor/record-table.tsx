import Link from "next/link";
import type { ReactNode } from "react";

/** One column of an editor list: `wide` columns are hidden on phones; the `opens` column links to the edit form. */
export type RecordColumn<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  wide?: boolean;
  opens?: boolean;
};

type RecordRow = { id: string; deletedAt: Date | string | null; publication?: string; version: number };

/**
 * The table every editor list shares: the given columns, then the row's state
 * (deleted, draft or published — sources, which have no publication, show their
 * version), the version, and a link to its history.
 */
export function RecordTable<Row extends RecordRow>({
  rows,
  columns,
  basePath,
  empty,
}: {
  rows: Row[];
  columns: RecordColumn<Row>[];
  basePath: string;
  empty: string;
}) {
  if (rows.length === 0) return <p className="text-muted">{empty}</p>;
  const all = columns.map((column) =>
    column.opens
      ? { ...column, cell: (row: Row) => <Link href={`${basePath}/${row.id}`}>{column.cell(row)}</Link> }
      : column,
  );
  const hasPublication = rows.some((row) => row.publication !== undefined);
  const narrowHidden = "hidden sm:table-cell";
  return (
    // `relative` keeps the sr-only header (position: absolute) inside the scroll box; without it the page scrolls sideways on phones.
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            {all.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per page
              <th key={i} className={column.wide ? narrowHidden : undefined}>
                {column.header}
              </th>
            ))}
            <th>State</th>
            {hasPublication && <th className={narrowHidden}>Version</th>}
            <th>
              <span className="sr-only">History</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-rule align-top">
              {all.map((column, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per page
                <td key={i} className={column.wide ? narrowHidden : undefined}>
                  {column.cell(row)}
                </td>
              ))}
              <td>{row.deletedAt ? "deleted" : (row.publication ?? `version ${row.version}`)}</td>
              {hasPublication && <td className={narrowHidden}>{row.version}</td>}
              <td>
                <Link href={`${basePath}/${row.id}/history`}>History</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
