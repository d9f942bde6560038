import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export type ArticleText = { title: string; text: string };

const looksLikeHtml = (input: string) => /<(?:html|body|article|p|div|h1)\b[^>]*>/i.test(input);

/**
 * The article's title and main text. HTML goes through Readability on a
 * linkedom document (no browser, no network: linkedom loads nothing);
 * plain text is kept as written, the first headline-like line as the title.
 */
export function extractArticle(input: string): ArticleText {
  if (!looksLikeHtml(input)) return { title: plainTitle(input), text: input.replace(/\r\n?/g, "\n") };
  const { document } = parseHTML(input);
  const fallbackTitle = document.querySelector("h1")?.textContent?.trim() ?? document.title ?? "";
  // Readability mutates the document; block-level breaks must become newlines so paragraphs survive.
  const article = new Readability(document as unknown as Document).parse();
  const html = article?.content ?? document.body?.innerHTML ?? "";
  const { document: body } = parseHTML(`<div id="r">${html}</div>`);
  const blocks = [...body.querySelectorAll("p, h1, h2, h3, li, blockquote, figcaption")]
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join("\n\n") : (article?.textContent ?? "").trim();
  return { title: (article?.title || fallbackTitle).trim(), text };
}

/** The first line that reads like a headline: four words or more, not a breadcrumb, no final full stop. */
function plainTitle(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.find(
      (l) => l.split(/\s+/).length >= 4 && !/\s\/\s/.test(l) && !/[.:]$/.test(l) && l.length <= 200,
    ) ??
    lines[0] ??
    ""
  );
}
