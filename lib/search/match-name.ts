/** Lower-case, accents and punctuation folded away: "Zelenskyy," → "zelenskyy", "Kyïv" → "kyiv". */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type Named = { label: string; aliases?: readonly string[] };

/**
 * How well `query` names an option: 3 the name starts with it, 2 an alias does,
 * 1 either contains it, 0 no match. "Zelensky" finds "Zelenskyy"; "Kiev" finds
 * Kyiv through its alias.
 */
export function nameScore(option: Named, query: string): number {
  const q = foldName(query);
  if (!q) return 1;
  const name = foldName(option.label);
  const aliases = (option.aliases ?? []).map(foldName);
  if (name.startsWith(q)) return 3;
  if (aliases.some((a) => a.startsWith(q))) return 2;
  if (name.includes(q) || aliases.some((a) => a.includes(q))) return 1;
  return 0;
}

/** The options matching `query`, best first (a stable sort keeps the caller's order within a score). */
export function matchNames<T extends Named>(options: readonly T[], query: string, limit = 50): T[] {
  return options
    .map((option) => ({ option, score: nameScore(option, query) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((m) => m.option);
}
