import { outletFromUrl } from "@/lib/validation/sources";
import type { ReadingContext } from "./context";
import { findDates, SAME_DAY } from "./dates";
import { type EventDraft, eventsIn } from "./events";
import { extractArticle } from "./extract-text";
import { peopleIn } from "./names";
import { findQuotes } from "./quotes";
import { splitSentences } from "./sentences";
import { statementsIn } from "./statements";
import type { ArticleProposals, Directory, StatementProposal } from "./types";

export type ArticleInput = { content: string; url: string; publishedOn: string; outlet?: string | null };

/** Lines that are the page around the article, not the article: share buttons, bare addresses, breadcrumbs. */
const BOILERPLATE = /^(?:share this article|read more|related|www\.\S+|\S+\.(?:com|ir|org|net)\b.*)$|\s\/\s/i;

/**
 * Reads an article and proposes the events and statements it reports, with
 * dates resolved against the publication date and names matched to the
 * directory. Deterministic and local: the same text always gives the same
 * proposals, and nothing leaves the process.
 */
export function analyzeArticle(input: ArticleInput, directory: Directory): ArticleProposals {
  const { title, text } = extractArticle(input.content);
  const ctx: ReadingContext = { directory, publishedOn: input.publishedOn, lastPerson: null, lastDate: null };
  const known: Directory = { ...directory, people: [...directory.people] };
  const events: EventDraft[] = [];
  const statements: StatementProposal[] = [];
  for (const sentence of splitSentences(text)) {
    const s = sentence.text;
    if (s === title || BOILERPLATE.test(s) || s.split(/\s+/).length < 4) continue;
    const dates = findDates(s, input.publishedOn);
    const people = peopleIn(s, known);
    // A new person named in full once is then found by surname ("Mirzoyan said").
    for (const p of people)
      if (!p.known && !known.people.some((k) => k.name === p.name))
        known.people.push({ name: p.name, aliases: [], party: p.party ?? "" });
    const pronoun = /\b(?:he|she)\b/i.test(s) && !people.length ? ctx.lastPerson : null;
    const speaker = people[0] ?? pronoun;
    eventsIn(s, dates, people, speaker, ctx, events);
    statements.push(...statementsIn(s, dates, people, ctx));
    // Who a quotation's "he" is: the last person named outside a quotation.
    const named = people.filter((p) => !findQuotes(s).some((q) => p.index >= q.start && p.index < q.end));
    if (named.length) ctx.lastPerson = named.at(-1) ?? null;
    // Only a known day carries over: "since last month" says nothing about when the next quote was said.
    const dated = dates.filter((d) => d.precision === "day" && !SAME_DAY.test(d.text));
    if (dated.length) ctx.lastDate = dated.at(-1) ?? null;
  }
  return {
    source: {
      url: input.url,
      outlet: input.outlet?.trim() || outletFromUrl(input.url),
      title,
      publishedOn: input.publishedOn,
    },
    events: events.map(({ host: _host, ...event }) => event),
    statements,
  };
}
