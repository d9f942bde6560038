import type { ReactNode } from "react";

/** An editor's plain list table: a heading per column, then an unnamed last column for each row's controls. */
export function EditorTable({ columns, children }: { columns: readonly string[]; children: ReactNode }) {
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="text-left">
          {columns.map((column) => (
            <th key={column}>{column}</th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
