/** A sentence of the article and where it sits in the text, so the editor can highlight it. */
export type Sentence = { text: string; start: number; end: number; paragraph: number };

const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|U\.S|U\.N|U\.K|E\.U|[A-Z])\.$/;
const OPENING = new Set(["“", "«", "‘"]);
const CLOSING = new Set(["”", "»", "’"]);

/**
 * Splits text into sentences with their offsets. A sentence never ends inside
 * an open quotation, so a quote of several sentences and its attribution
 * ("…,” he said.) stay one unit, as a reporter would cite them.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = [...text.matchAll(/[^\n]+/g)];
  paragraphs.forEach((para, paragraph) => {
    const base = para.index ?? 0;
    const body = para[0];
    let start = 0;
    let depth = 0;
    let straightOpen = false;
    const push = (end: number) => {
      const raw = body.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) {
        const s = base + start + lead;
        out.push({ text: trimmed, start: s, end: s + trimmed.length, paragraph });
      }
      start = end;
    };
    for (let i = 0; i < body.length; i++) {
      const ch = body[i] ?? "";
      if (OPENING.has(ch) && (ch !== "‘" || /\s|^/.test(body[i - 1] ?? " "))) depth++;
      else if (CLOSING.has(ch) && depth > 0 && (ch !== "’" || !/\w/.test(body[i + 1] ?? ""))) depth--;
      else if (ch === '"') straightOpen = !straightOpen;
      if (!/[.!?]/.test(ch) || depth > 0 || straightOpen) continue;
      let end = i + 1;
      while (end < body.length && /["”’»)]/.test(body[end] ?? "")) end++;
      const next = body.slice(end);
      if (!/^\s+["“‘«(]?[A-Z0-9]/.test(next) && next.trim() !== "") continue;
      if (ch === "." && ABBREVIATIONS.test(body.slice(Math.max(0, i - 5), i + 1))) continue;
      push(end);
      i = end - 1;
    }
    push(body.length);
  });
  return out;
}
