/**
 * `npm run import:article -- --file article.txt --url URL --published YYYY-MM-DD [--outlet NAME] --json`
 * prints what the importer proposes from an article (text or HTML) without
 * writing anything; `--apply` writes every proposal as a draft in one
 * transaction instead. Database: as every command-line tool finds it
 * (scripts/cli-database.ts), for the names already stored.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { analyzeArticle } from "../lib/importer/analyze";
import { getImportDirectory } from "../lib/queries/import-directory";
import { applyArticleImport } from "../lib/services/article-import";
import { articleImportApply, articleImportRequest } from "../lib/validation/article-import";
import { openCliDatabase } from "./cli-database";

const usage =
  "usage: npm run import:article -- --file article.txt --url URL --published YYYY-MM-DD [--outlet NAME] (--json | --apply)";

const { values } = parseArgs({
  options: {
    file: { type: "string" },
    url: { type: "string" },
    published: { type: "string" },
    outlet: { type: "string" },
    json: { type: "boolean", default: false },
    apply: { type: "boolean", default: false },
  },
});
if (!values.file || values.json === values.apply) {
  console.error(usage);
  process.exit(2);
}

let content: string;
try {
  content = await readFile(values.file, "utf8");
} catch (error) {
  console.error(`[parley] cannot read ${values.file}: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
const request = articleImportRequest.safeParse({
  content,
  url: values.url ?? "",
  outlet: values.outlet,
  publishedOn: values.published ?? "",
});
if (!request.success) {
  console.error(z.prettifyError(request.error));
  console.error(usage);
  process.exit(2);
}

// An empty database is seeded as `npm start` would, so names match what the app will hold.
const database = await openCliDatabase({ seed: true });
let code = 0;
try {
  const proposals = analyzeArticle(request.data, await getImportDirectory(database.db));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(proposals, null, 2)}\n`);
  } else {
    // Proposals that cannot become drafts as they stand (no topic, no party) are listed, not guessed.
    const ready = {
      ...proposals,
      statements: proposals.statements.filter((s) => s.party && s.topics.length > 0),
    };
    const skipped = proposals.statements.length - ready.statements.length;
    const result = await applyArticleImport(database.db, articleImportApply.parse(ready), {
      userId: "cli:import-article",
      note: `imported from ${request.data.url}`,
    });
    if (result.ok) {
      const v = result.value;
      console.error(
        `[parley] drafts written: ${v.events.length} event(s), ${v.positions.length} position(s); new parties ${v.created.parties.length}, people ${v.created.people.length}, topics ${v.created.topics.length}; ${skipped} statement(s) without a party or topic skipped`,
      );
    } else {
      console.error("[parley] nothing was written:");
      for (const [field, messages] of Object.entries(result.fieldErrors))
        console.error(`  ${field}: ${messages.join("; ")}`);
      code = 1;
    }
  }
} finally {
  await database.close();
}
process.exit(code);
