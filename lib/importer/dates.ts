import * as chrono from "chrono-node";
import { addDays } from "@/lib/dates";
import type { DatePrecision } from "@/lib/domain";

/** A date the article gives, resolved against its publication date, with the precision it really has. */
export type DateMention = {
  startsOn: string;
  endsOn: string | null;
  precision: DatePrecision;
  /** Offset of the mention inside the sentence, and its text. */
  index: number;
  text: string;
};

const FUTURE =
  /\b(?:will|shall|would|(?:is|are|was|were) (?:set|due|scheduled|expected|planned|to)|scheduled|next|upcoming|plans? to|intends? to|to be held|to resume|to meet)\b/i;

const pad = (n: number) => String(n).padStart(2, "0");
export const isoOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function refDate(publishedOn: string): Date {
  const [y, m, d] = publishedOn.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

function componentsIso(c: chrono.ParsedComponents): string {
  return isoOf(c.get("year") ?? 1970, c.get("month") ?? 1, c.get("day") ?? 1);
}

/** The stretch between the commas or semicolons around a date, where its verb usually is. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(" but "));
  const after = sentence.slice(end).search(/[,;]/);
  return sentence.slice(from + 1, after < 0 ? sentence.length : end + after);
}

/** Phrases chrono reads as a date that do not name one ("in the day" of "earlier in the day"). */
const NOT_A_DATE =
  /^(?:in the day|the day|now|tonight|this morning|morning|evening|(?:for )?(?!last\b|next\b|this\b|past\b|coming\b)\w+ (?:days?|weeks?|months?|years?|hours?))$/i;

/**
 * The dates named in `sentence`. A bare weekday is read backwards in a sentence
 * about the past ("agreed on Sunday") and forwards in one about plans ("talks
 * are scheduled on Tuesday"); "next week" and "in the coming days" are
 * approximate; "last month" and "in April" are months.
 */
export function findDates(sentence: string, publishedOn: string): DateMention[] {
  const ref = refDate(publishedOn);
  const forward = chrono.casual.parse(sentence, { instant: ref }, { forwardDate: true });
  const out: DateMention[] = [];
  for (const plain of chrono.casual.parse(sentence, { instant: ref })) {
    // Tense is the clause's: "In his address on Tuesday, he said Kyiv would…" is about the past.
    const bare = plain.text.replace(/[\s,.;]+$/, "");
    const future = FUTURE.test(clauseAround(sentence, plain.index, plain.index + bare.length));
    const r = future ? (forward.find((f) => f.index === plain.index) ?? plain) : plain;
    const text = r.text.trim().replace(/[,.]$/, "");
    if (NOT_A_DATE.test(text)) continue;
    const s = r.start;
    let startsOn = componentsIso(s);
    let endsOn = r.end ? componentsIso(r.end) : null;
    let precision: DatePrecision;
    if (/\bweek|weekend|coming days|days ago|recent/i.test(text)) precision = "approximate";
    else if (s.isCertain("day") || s.isCertain("weekday")) precision = "day";
    else if (s.isCertain("month")) precision = "month";
    else precision = "approximate";
    if (precision === "month") {
      startsOn = isoOf(s.get("year") ?? 1970, s.get("month") ?? 1, 1);
      endsOn = null;
    }
    // A weekday alone is the last such day in a clause about the past, the next in one about plans.
    const weekdayOnly =
      s.isCertain("weekday") &&
      !/\d|january|february|march|april|may|june|july|august|september|october|november|december/i.test(text);
    const shift = weekdayOnly
      ? !future && startsOn > publishedOn
        ? -7
        : future && startsOn < publishedOn
          ? 7
          : 0
      : 0;
    if (shift) {
      startsOn = addDays(startsOn, shift);
      if (endsOn) endsOn = addDays(endsOn, shift);
    }
    // A month alone in a sentence about the past is the last such month ("met in November").
    if (!future && precision === "month" && !s.isCertain("year") && startsOn > publishedOn)
      startsOn = isoOf((s.get("year") ?? 1971) - 1, s.get("month") ?? 1, 1);
    // "last week", "next week": the earliest day it can be, the Monday of that week.
    if (/\bweek\b/i.test(text) && precision === "approximate") {
      const weekday = (new Date(`${startsOn}T00:00:00Z`).getUTCDay() + 6) % 7;
      startsOn = addDays(startsOn, -weekday);
      endsOn = null;
    }
    if (endsOn && endsOn < startsOn) endsOn = null;
    out.push({ startsOn, endsOn, precision, index: r.index, text });
  }
  return out;
}

/** "earlier in the day", "the same day", "later that day": the date carries over from context. */
export const SAME_DAY = /\b(?:earlier|later) (?:in the|that) day\b|\bthe same day\b|\bearlier that day\b/i;

/** "will last for three days", "a two-day summit": how long, in days, or null. */
export function durationDays(sentence: string): number | null {
  const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
  const m =
    sentence.match(/\blast(?:s|ing)? (?:for )?(\w+) days\b/i) ??
    sentence.match(/\b(\w+) days of (?:talks|negotiations|meetings)\b/i) ??
    sentence.match(/\b(\w+)-day (?:talks|summit|meeting|round|visit)\b/i);
  if (!m?.[1]) return null;
  const n = words[m[1].toLowerCase()] ?? Number(m[1]);
  return Number.isInteger(n) && n > 1 && n < 31 ? n : null;
}
