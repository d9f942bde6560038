/** One character at a time, so positions in the folded text are positions in the original. */
function foldChars(text: string): string[] {
  return [...text].map((c) =>
    c
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase(),
  );
}

/** Where `needle` occurs in `text`, accents and case aside, as [start, end) in UTF-16 units of `text`. */
export function findFolded(text: string, needle: string): [number, number] | null {
  const chars = [...text];
  const folded = foldChars(text);
  const target = foldChars(needle).join("");
  if (!target) return null;
  for (let i = 0; i < folded.length; i++) {
    let acc = "";
    for (let j = i; j < folded.length && acc.length < target.length; j++) {
      acc += folded[j];
      if (acc === target) {
        const start = chars.slice(0, i).join("").length;
        return [start, start + chars.slice(i, j + 1).join("").length];
      }
    }
  }
  return null;
}

export type MatchExplanation = {
  /** The title cut around the matched words, `hit` marking them. */
  parts: { text: string; hit: boolean }[];
  /** Why this item matched when the highlight alone does not say: "matched: alias Kiev → Ukraine". */
  reason: string | null;
};

type Expansion = { terms: string[]; entities: { name: string; matched: string }[] };

/**
 * Why a search result matched: the reader's words highlighted in the title, or
 * the spelling it was found under — nothing hidden about a search that
 * widens to aliases and similar spellings.
 */
export function explainMatch(title: string, query: string, search: Expansion | null): MatchExplanation {
  const plain = { parts: [{ text: title, hit: false }], reason: null };
  const q = query.trim();
  if (!q || !search) return plain;
  const entity = search.entities[0];
  const byLength = [q, ...search.terms.filter((t) => t !== q).sort((a, b) => b.length - a.length)];
  for (const term of byLength) {
    const at = findFolded(title, term);
    if (!at) continue;
    const parts = [
      { text: title.slice(0, at[0]), hit: false },
      { text: title.slice(at[0], at[1]), hit: true },
      { text: title.slice(at[1]), hit: false },
    ].filter((p) => p.text);
    if (term === q) return { parts, reason: null };
    const via = entity ? ` (${entity.name})` : "";
    return { parts, reason: `matched: ${q} → ${title.slice(at[0], at[1])}${via}` };
  }
  if (entity)
    return { ...plain, reason: `matched: alias ${q} → ${entity.name}, in the summary or statements` };
  return { ...plain, reason: "matched: summary, statements or a similar spelling" };
}
