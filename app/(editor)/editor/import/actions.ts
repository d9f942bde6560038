"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import { analyzeArticle } from "@/lib/importer/analyze";
import { extractArticle } from "@/lib/importer/extract-text";
import { newNames } from "@/lib/importer/new-names";
import { getImportDirectory } from "@/lib/queries/import-directory";
import { applyArticleImport } from "@/lib/services/article-import";
import { articleImportApply, articleImportRequest } from "@/lib/validation/article-import";

/** Reads the pasted article and proposes events and statements; writes nothing. */
export const analyzeArticleAction = authorizedAction("editor", articleImportRequest, async (input) => {
  const directory = await getImportDirectory(getDb());
  const proposals = analyzeArticle(input, directory);
  // The plain text the proposals were read from, so each excerpt can be shown in its paragraph.
  const text = extractArticle(input.content).text;
  return { ok: true, value: { proposals, text, newNames: newNames(proposals, directory) } };
});

/** Writes the accepted proposals as drafts, all in one transaction or none. */
export const applyArticleImportAction = authorizedAction(
  "editor",
  articleImportApply,
  async (input, user) => {
    const result = await applyArticleImport(getDb(), input, {
      userId: user.id,
      note: `imported from ${input.source.url}`,
    });
    if (!result.ok)
      return {
        ok: false,
        status: 422,
        error: "Some proposals cannot be saved",
        fieldErrors: result.fieldErrors,
      };
    revalidatePath("/editor");
    return { ok: true, value: result.value };
  },
);
