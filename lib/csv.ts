/**
 * The one CSV writer for every download (`/data/csv/*.csv`, `/compare/export.csv`,
 * `npm run export`). A spreadsheet runs a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula (OWASP "CSV injection"), so such
 * text cells get papaparse's `'` prefix and show as text. A cell that is a
 * plain negative number (`-12`, `-0.5`) is left alone: it cannot call anything.
 */
import Papa from "papaparse";

export type CsvCell = string | number | boolean | null | undefined;

/** Starts like a formula and is not just a negative number. */
export const formulaStart = /^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/** Header row, then one line per row; fields and cells in the same order. */
export function writeCsv(
  fields: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { newline?: "\n" | "\r\n" } = {},
): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map((cell) => cell ?? "")) },
    { escapeFormulae: formulaStart, newline: options.newline ?? "\r\n" },
  );
}
