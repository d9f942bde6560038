import type { DatePrecision } from "@/lib/domain";
import type { ReadingContext } from "./context";
import { contextDate } from "./context";
import { type DateMention, SAME_DAY } from "./dates";
import { type PersonMention, partiesIn } from "./names";
import { cleanQuote, findQuotes, outsideQuotes, type QuoteSpan, REPORTING_VERB } from "./quotes";
import { splitSentences } from "./sentences";
import { stanceOf, topicsIn } from "./topics";
import type { StatementProposal } from "./types";

type Speaker = { speaker: string | null; party: string | null };

const PRONOUN = /^[\s,.”"’]*(?:he|she|they)\b/i;

function fromPerson(p: PersonMention | null): Speaker | null {
  return p ? { speaker: p.name, party: p.party } : null;
}

/** Who said the quotation: named right after it, named before a "said", "he/she" from context, or a party. */
function quoteSpeaker(
  text: string,
  quote: QuoteSpan,
  people: PersonMention[],
  ctx: ReadingContext,
): Speaker | null {
  const after = text.slice(quote.end, quote.end + 90);
  if (PRONOUN.test(after)) return fromPerson(ctx.lastPerson);
  const named = people.find((p) => p.index >= quote.end && p.index <= quote.end + 90);
  if (named && REPORTING_VERB.test(text.slice(quote.end))) return fromPerson(named);
  const outside = outsideQuotes(text.slice(0, quote.start), findQuotes(text.slice(0, quote.start)));
  const before = people.filter((p) => p.end <= quote.start && REPORTING_VERB.test(outside.slice(p.end)));
  if (before.length) return fromPerson(before.at(-1) ?? null);
  if (/\b(?:he|she)\s+(?:said|says|added|told|asserted|declared|stressed)\b/i.test(outside))
    return fromPerson(ctx.lastPerson);
  return partySpeaker(outsideQuotes(text, findQuotes(text)), ctx);
}

/** A party speaking for itself: "Moscow says", "Ukraine said", "the Kremlin insisted". */
function partySpeaker(outside: string, ctx: ReadingContext): Speaker | null {
  const verb = outside.match(REPORTING_VERB);
  if (!verb || verb.index === undefined) return null;
  const party = partiesIn(outside.slice(0, verb.index), ctx.directory).at(-1);
  return party ? { speaker: null, party: party.party } : null;
}

/** When the words were said: a date in the sentence, the day in context, or the publication day. */
function statedOn(
  text: string,
  dates: DateMention[],
  ctx: ReadingContext,
): { statedOn: string; datePrecision: DatePrecision } {
  const said = dates.find((d) => d.startsOn <= ctx.publishedOn);
  if (said) return { statedOn: said.startsOn, datePrecision: said.precision };
  if (/\b(?:says|say|insists|maintains|argues)\b/.test(text) && !SAME_DAY.test(text))
    return { statedOn: ctx.publishedOn, datePrecision: "approximate" };
  const c = contextDate(ctx);
  return { statedOn: c.startsOn, datePrecision: c.precision };
}

/**
 * Statements in one sentence: each sentence of a direct quotation with its
 * speaker, a short scare-quoted word only when it names a topic ("demilitarize"),
 * and, when nothing is quoted, a reported position that names a topic.
 */
export function statementsIn(
  text: string,
  dates: DateMention[],
  people: PersonMention[],
  ctx: ReadingContext,
): StatementProposal[] {
  const out: StatementProposal[] = [];
  const when = statedOn(outsideQuotes(text, findQuotes(text)), dates, ctx);
  for (const quote of findQuotes(text)) {
    const words = quote.text.trim().split(/\s+/).length;
    const who = quoteSpeaker(text, quote, people, ctx);
    if (!who) continue;
    const pieces = words <= 3 ? [{ text: quote.text }] : splitSentences(quote.text);
    for (const piece of pieces) {
      const topics = topicsIn(piece.text, ctx.directory);
      if (words <= 3 && topics.length === 0) continue;
      out.push({
        ...who,
        quote: cleanQuote(piece.text),
        ...when,
        topics,
        stance: stanceOf(piece.text),
        excerpt: text,
      });
    }
  }
  if (out.length || findQuotes(text).some((q) => q.text.split(/\s+/).length > 3)) return out;
  const topics = topicsIn(text, ctx.directory);
  const outside = outsideQuotes(text, findQuotes(text));
  const verb = outside.match(REPORTING_VERB);
  if (!topics.length || !verb || verb.index === undefined) return out;
  const subject = people.filter((p) => p.index < (verb.index ?? 0)).at(-1);
  const who = subject ? fromPerson(subject) : partySpeaker(outside, ctx);
  if (!who) return out;
  const claim = outside.slice(verb.index);
  out.push({ ...who, quote: null, ...when, topics, stance: stanceOf(claim), excerpt: text });
  return out;
}
