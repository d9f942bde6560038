/** A direct quotation inside a sentence: its words and where they sit. */
export type QuoteSpan = { text: string; start: number; end: number };

/** The quotations in `text`, curly or straight, in order. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const m of text.matchAll(/“([^”]+)”|"([^"]+)"|«([^»]+)»/g)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? "";
    const start = (m.index ?? 0) + 1;
    out.push({ text: inner, start, end: start + inner.length });
  }
  return out;
}

/** The sentence with its quotations blanked, same length: what the reporter says around them. */
export function outsideQuotes(text: string, quotes: QuoteSpan[]): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.start) + " ".repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

export const REPORTING_VERB =
  /\b(?:said|says|say|added|asserted|told|stressed|insisted|declared|warned|noted|argued|stated|explained|wrote|tweeted|posted|announced|confirmed|replied|urged|demanded|called for|saying|signalling|signaling|insisting|adding|according to)\b/i;

/** The quote as the speaker said it: a comma the reporter put before the attribution is dropped. */
export function cleanQuote(text: string): string {
  return text.trim().replace(/,$/, "").trim();
}
