import { foldName } from "@/lib/search/match-name";
import type { ArticleProposals } from "./types";

export type ExpectedEvent = { startsOn: string; kind: string; excerpt: string };
export type ExpectedQuote = { speaker: string | null; party: string; quote: string };
export type Score = {
  precision: number;
  recall: number;
  matched: number;
  proposed: number;
  expected: number;
};

const sameWords = (a: string, b: string) =>
  a.trim().replace(/[,.;:]+$/, "") === b.trim().replace(/[,.;:]+$/, "");
const firstSentence = (s: string) => s.split(" […] ")[0] ?? s;

function score(matched: number, proposed: number, expected: number): Score {
  return {
    precision: proposed ? matched / proposed : 1,
    recall: expected ? matched / expected : 1,
    matched,
    proposed,
    expected,
  };
}

/** An expected event is found when a proposal has its start date and its kind or its sentence; one proposal per event. */
export function scoreEvents(got: ArticleProposals, expected: ExpectedEvent[]): Score {
  const free = [...got.events];
  let matched = 0;
  for (const e of expected) {
    const i = free.findIndex(
      (p) =>
        p.startsOn === e.startsOn &&
        (p.kind === e.kind ||
          p.excerpt.includes(firstSentence(e.excerpt)) ||
          e.excerpt.includes(firstSentence(p.excerpt))),
    );
    if (i >= 0) {
      matched++;
      free.splice(i, 1);
    }
  }
  return score(matched, got.events.length, expected.length);
}

/** A quote is found when a proposal has the same words (closing punctuation aside) and the same speaker, or party when no person speaks. */
export function scoreQuotes(got: ArticleProposals, expected: ExpectedQuote[]): Score {
  const quoted = got.statements.filter((s) => s.quote);
  const free = [...quoted];
  let matched = 0;
  for (const e of expected) {
    const i = free.findIndex(
      (s) =>
        sameWords(s.quote ?? "", e.quote) &&
        (e.speaker
          ? foldName(s.speaker ?? "") === foldName(e.speaker)
          : foldName(s.party ?? "") === foldName(e.party)),
    );
    if (i >= 0) {
      matched++;
      free.splice(i, 1);
    }
  }
  return score(matched, quoted.length, expected.length);
}

export const percent = (n: number) => `${Math.round(n * 100)}%`;
