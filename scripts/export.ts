/**
 * `npm run export -- [--out file.json] [--all] [--process slug] [--csv folder]`:
 * writes the published data set (or, with --all, every row including drafts,
 * trash and revisions; or, with --process, one public process's rows) as a
 * JSON bundle; stdout when no --out is given.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { bundleToCsv } from "../lib/export/csv";
import { buildBundle, buildProcessBundle, serializeBundle } from "../lib/export/export";
import { openCliDatabase } from "./cli-database";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    all: { type: "boolean", default: false },
    process: { type: "string" },
    csv: { type: "string" },
  },
});
if (values.all && values.process) {
  console.error("[parley] --process exports published rows only; it cannot be combined with --all");
  process.exit(2);
}

const database = await openCliDatabase({ seed: true });
try {
  const bundle = values.process
    ? await buildProcessBundle(database.db, values.process)
    : await buildBundle(database.db, values.all ? "all" : "published");
  if (!bundle) {
    console.error(`[parley] no public process has the slug ${values.process}`);
    process.exitCode = 2;
  } else {
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
  }
} finally {
  await database.close();
}
