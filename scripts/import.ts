/**
 * `npm run import -- file.json`: loads a bundle in one transaction. Any invalid
 * row stops it before anything is written; the errors are listed per row.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { importBundle } from "../lib/export/import";
import { openCliDatabase } from "./cli-database";

const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error("usage: npm run import -- file.json");
  process.exit(2);
}

let input: unknown;
try {
  input = JSON.parse(await readFile(file, "utf8"));
} catch (error) {
  console.error(`[parley] cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}

const database = await openCliDatabase({ seed: false });
let code = 0;
try {
  const result = await importBundle(database.db, input, (table, done, total) =>
    console.error(`[parley] ${table}: ${done}/${total}`),
  );
  if (result.ok) {
    console.error(`[parley] imported ${JSON.stringify(result.counts)}`);
  } else {
    console.error(
      `[parley] nothing was written; ${result.errors.length} error(s)${result.truncated ? " (first 500)" : ""}:`,
    );
    for (const e of result.errors) {
      console.error(
        `  ${e.table}${e.index === null ? "" : `[${e.index}]`}${e.field ? `.${e.field}` : ""}: ${e.message}`,
      );
    }
    code = 1;
  }
} finally {
  await database.close();
}
process.exit(code);
