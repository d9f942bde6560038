import type { ReactNode } from "react";

/**
 * The site's plain data table: a caption for screen readers, one row of
 * column headings, then the rows the caller renders. Every column but the
 * last keeps a gap on its right. `dense` is the tighter reference style of
 * the API page.
 */
export function DataTable({
  caption,
  columns,
  className,
  dense = false,
  children,
}: {
  caption: ReactNode;
  columns: readonly string[];
  /** Spacing around the table. */
  className?: string;
  dense?: boolean;
  children: ReactNode;
}) {
  const pad = dense ? "py-1" : "py-1.5";
  return (
    <table className={`${className ? `${className} ` : ""}w-full border-collapse text-left text-sm`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className={dense ? "border-b border-rule" : "border-b border-ink"}>
          {columns.map((column, i) => (
            <th key={column} scope="col" className={i < columns.length - 1 ? `${pad} pr-3` : pad}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
