/**
 * `npm run export -- [--out file.json] [--all] [--csv folder]`: writes the
 * published data set (or, with --all, every row including drafts, trash and
 * revisions) as a JSON bundle; stdout when no --out is given.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { bundleToCsv } from "../lib/export/csv";
import { buildBundle, serializeBundle } from "../lib/export/export";
import { openCliDatabase } from "./cli-database";

const { values } = parseArgs({
  options: { out: { type: "string" }, all: { type: "boolean", default: false }, csv: { type: "string" } },
});

const database = await openCliDatabase({ seed: true });
try {
  const bundle = await buildBundle(database.db, values.all ? "all" : "published");
  const text = serializeBundle(bundle);
  if (values.out) {
    await writeFile(values.out, text);
    console.error(`[parley] wrote ${values.out}: ${JSON.stringify(bundle.counts)}`);
  } else {
    process.stdout.write(text);
  }
  if (values.csv) {
    await mkdir(values.csv, { recursive: true });
    for (const [table, csv] of Object.entries(bundleToCsv(bundle))) {
      await writeFile(path.join(values.csv, `${table}.csv`), csv);
    }
    console.error(`[parley] wrote CSV files to ${values.csv}`);
  }
} finally {
  await database.close();
}
