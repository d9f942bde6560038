import { writeCsv } from "@/lib/csv";
import type { Bundle } from "./export";
import { specsFor } from "./tables";

/** A cell: lists and JSON as JSON, nulls empty, numbers as numbers, everything else as text. */
function cell(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The bundle as one CSV text per table, header row first, same row order as the JSON. */
export function bundleToCsv(bundle: Bundle): Record<string, string> {
  const files: Record<string, string> = {};
  for (const spec of specsFor(bundle.scope)) {
    const fields = spec.columns.map((c) => c.key);
    const rows = (bundle.tables[spec.name] ?? []).map((row) => fields.map((f) => cell(row[f])));
    files[spec.name] = `${writeCsv(fields, rows, { newline: "\n" })}\n`;
  }
  return files;
}
