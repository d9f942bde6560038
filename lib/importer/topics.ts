import type { Stance } from "@/lib/domain";
import { findWord } from "./names";
import type { Directory } from "./types";

/** The stored topics the text names, by name or other name, first mention first. */
export function topicsIn(text: string, directory: Directory): string[] {
  const hits: { name: string; index: number }[] = [];
  for (const t of directory.topics) {
    const at = [t.name, ...t.aliases].flatMap((n) => findWord(text, n));
    if (at.length) hits.push({ name: t.name, index: Math.min(...at) });
  }
  return hits.sort((a, b) => a.index - b.index).map((h) => h.name);
}

/** Refusal words first, then hedges: "no plans to open" opposes, "willing to assume" is conditional. */
export function stanceOf(text: string): Stance {
  if (
    /\b(?:no plans?|not|never|refuse[sd]?|reject(?:s|ed)?|oppose[sd]?|against|won[’']t|cannot accept|rule[sd]? out|no intention)\b/i.test(
      text,
    )
  )
    return "opposes";
  if (/\b(?:willing|ready|prepared|could|may|might|if|provided|open to|compromise|consider)\b/i.test(text))
    return "conditional";
  return "supports";
}

/** The kind of position a statement is, for the draft: red line, demand, offer or plain position. */
export function positionKindOf(text: string): "red_line" | "demand" | "offer" | "position" {
  if (
    /\b(?:red lines?|non-negotiable|beyond doubt|mandatory|never|under no circumstances|not negotiable)\b/i.test(
      text,
    )
  )
    return "red_line";
  if (
    /\b(?:must|need|needs|demand(?:s|ed)?|call(?:s|ed)? for|insist(?:s|ed)?|stress(?:es|ed)?|aims? to|require[sd]?)\b/i.test(
      text,
    )
  )
    return "demand";
  if (/\b(?:willing|ready|prepared|offer(?:s|ed)?|compromise|could)\b/i.test(text)) return "offer";
  return "position";
}
