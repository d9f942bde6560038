import { expect, test } from "vitest";
import { extractArticle } from "./extract-text";
import { splitSentences } from "./sentences";

test("HTML gives the article's title and paragraphs, without scripts, navigation or markup", () => {
  const html = `<!doctype html><html><head><title>Talks resume | Example News</title><script>alert(1)</script></head>
  <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Talks resume in Geneva</h1>
  <p>Negotiators from both sides met in Geneva on Tuesday for a new round of talks, officials said.</p>
  <p>“We are ready to listen,” the envoy told reporters. <img src=x onerror="alert(2)"></p>
  <p>The talks are expected to last for two days, according to a statement from the Swiss foreign ministry.</p>
  </article><footer>© Example News</footer></body></html>`;
  const { title, text } = extractArticle(html);
  expect(title).toContain("Talks resume");
  expect(text).toContain("Negotiators from both sides met in Geneva on Tuesday");
  expect(text).toContain("“We are ready to listen,” the envoy told reporters.");
  expect(text).not.toMatch(/<|alert|Home/);
});

test("plain text keeps its words; the title is the first headline-like line, not a breadcrumb", () => {
  const { title, text } = extractArticle(
    "News / World\n\nTalks resume in Geneva after a pause\n\nBody text here.",
  );
  expect(title).toBe("Talks resume in Geneva after a pause");
  expect(text).toContain("Body text here.");
});

test("sentences keep their offsets and a multi-sentence quotation stays with its attribution", () => {
  const text = "Mr. Smith arrived. “We want peace. We want it now,” he said. Talks begin on Monday.";
  const sentences = splitSentences(text);
  expect(sentences.map((s) => s.text)).toEqual([
    "Mr. Smith arrived.",
    "“We want peace. We want it now,” he said.",
    "Talks begin on Monday.",
  ]);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
});
