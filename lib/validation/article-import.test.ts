import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { analyzeArticle } from "@/lib/importer/analyze";
import { seedDirectory } from "@/lib/importer/fixtures/seed-directory";
import { articleImportApply, articleImportRequest } from "./article-import";

const article = readFileSync(
  path.join(import.meta.dirname, "../../db/seed/istanbul-talks-article.txt"),
  "utf8",
);
const proposals = analyzeArticle(
  { content: article, url: "https://www.presstv.ir/Detail/2022/03/28/679279/x", publishedOn: "2022-03-28" },
  seedDirectory,
);

test("the importer's proposals are valid apply input once each statement has a party and a topic", () => {
  const ready = { ...proposals, statements: proposals.statements.filter((s) => s.party && s.topics.length) };
  const parsed = articleImportApply.safeParse(ready);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
});

test("an apply with nothing accepted, a topic-less statement or a backwards range is refused", () => {
  expect(articleImportApply.safeParse({ ...proposals, events: [], statements: [] }).success).toBe(false);
  const noTopic = proposals.statements.find((s) => s.topics.length === 0);
  expect(noTopic).toBeDefined();
  expect(articleImportApply.safeParse({ ...proposals, statements: [noTopic] }).success).toBe(false);
  const [first] = proposals.events;
  const backwards = { ...first, startsOn: "2022-03-29", endsOn: "2022-03-28" };
  expect(articleImportApply.safeParse({ ...proposals, events: [backwards], statements: [] }).success).toBe(
    false,
  );
});

test("the article's address must be http(s)", () => {
  const request = { content: article, publishedOn: "2022-03-28" };
  expect(articleImportRequest.safeParse({ ...request, url: "javascript:alert(1)" }).success).toBe(false);
  expect(articleImportRequest.safeParse({ ...request, url: "" }).success).toBe(false);
  expect(articleImportRequest.parse({ ...request, url: "https://WWW.presstv.ir/a#top" }).url).toBe(
    "https://www.presstv.ir/a",
  );
});

test("an empty publication date says it is missing, not which format to use", () => {
  const parsed = articleImportRequest.safeParse({
    content: article,
    url: "https://example.org/a",
    publishedOn: "",
  });
  expect(parsed.error?.issues.map((i) => i.message)).toEqual(["Give the publication date"]);
});
