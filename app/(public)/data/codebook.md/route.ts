import { cacheableResponse } from "@/lib/api/respond";
import { codebookMarkdown } from "@/lib/export/codebook";

/** GET /data/codebook.md — every table, column, vocabulary and rule of the data set, as a file. */
export function GET(request: Request) {
  const response = cacheableResponse(request, codebookMarkdown(), "text/markdown; charset=utf-8");
  response.headers.set("Content-Disposition", 'attachment; filename="parley-codebook.md"');
  return response;
}
