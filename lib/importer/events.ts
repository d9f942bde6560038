import { addDays, daysBetween } from "@/lib/dates";
import type { EventKind } from "@/lib/domain";
import type { ReadingContext } from "./context";
import { contextDate } from "./context";
import { type DateMention, durationDays, SAME_DAY } from "./dates";
import { type PersonMention, partiesIn, partyName } from "./names";
import { findPlace } from "./places";
import { findQuotes, outsideQuotes } from "./quotes";
import type { EventProposal } from "./types";

/** Words that name an event, most specific first; a sentence may name several. */
const EVENT_WORDS: [RegExp, EventKind][] = [
  [
    /\bsign(?:ed|s)? (?:an? |the )?(?:[\w-]+ ){0,2}(?:agreement|deal|accord|memorandum|declaration|pledge|truce|ceasefire|treaty)\b/gi,
    "agreement",
  ],
  [
    /\b(?:tele)?phone (?:call|conversation|talks?)\b|\bvideo (?:call|conference|link)\b|\b(?:spoke|spoken|speaks?|talked|talks) (?:by|over the|on the) (?:tele)?phone\b|\bphoned\b/gi,
    "call",
  ],
  [/\b(?:media |press |news )?(?:briefing|press conference|news conference)\b/gi, "briefing"],
  [
    /\bspeech\b|\b(?:nightly|video|televised) address\b|\baddressed (?:the nation|parliament|lawmakers)\b/gi,
    "speech",
  ],
  [/\binterview\b|\bremarks (?:made )?to\b|\btold (?:reporters|journalists)\b/gi, "interview"],
  [/\bsummit\b|\bmeeting\b|\bmet\b|\bwill meet\b|\bto meet\b/gi, "meeting"],
  [/\b(?:peace |face-to-face |direct )?(?:talks|negotiations)\b/gi, "talks"],
];
/** Kinds with one party speaking: the speaker's party is the only participant. */
const ONE_VOICE = new Set<EventKind>(["speech", "interview", "briefing", "statement"]);
const MANY_PARTIES = new Set<EventKind>(["talks", "meeting", "call", "agreement"]);
const FUTURE_CUE =
  /\b(?:will|set to|due to|scheduled|expected to|plans? to|to be held|to resume|next|upcoming)\b/i;
const REPORTING_AFTER = /^\s*(?:said|says|confirmed|announced|told|stated|reported|added|insisted)\b/i;
const LOOKING_BACK = /\b(?:previous|earlier|past|last|first|second) (?:rounds?|talks|meetings?)\b/i;

type KeywordHit = { kind: EventKind; index: number; end: number };

function keywordHits(text: string): KeywordHit[] {
  const hits: KeywordHit[] = [];
  for (const [re, kind] of EVENT_WORDS)
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (!hits.some((h) => index < h.end && end > h.index)) hits.push({ kind, index, end });
    }
  return hits.sort((a, b) => a.index - b.index);
}

/** "The Kremlin on Monday confirmed": the day something was said, not the day of the event. */
export const isReportingDate = (text: string, d: DateMention) =>
  REPORTING_AFTER.test(text.slice(d.index + d.text.length)) ||
  /\b(?:said|says|announced|confirmed|stated|told reporters)\s*$/i.test(text.slice(0, d.index));
/** "wrapped up two days of talks on Thursday": the date named is the last day. */
const ENDED = /\b(?:wrapped up|wraps up|ended|ends|concluded|concludes|closed|wound up)\b/i;

const surname = (name: string) => name.split(" ").at(-1) ?? name;

function titleFor(
  kind: EventKind,
  parties: string[],
  people: string[],
  place: string | null,
  country: string | null,
) {
  const who = (people.length ? people.map(surname) : parties).slice(0, 3).join("–");
  const where = place ?? country;
  switch (kind) {
    case "talks": {
      const sides = parties
        .filter((p) => p !== country)
        .slice(0, 3)
        .join("–");
      return sides ? `${sides} talks${where ? ` in ${where}` : ""}` : `Talks${where ? ` in ${where}` : ""}`;
    }
    case "call":
      return `${who} phone call`;
    case "meeting":
      return `${who} meeting${where ? ` in ${where}` : ""}`;
    case "speech":
      return `${who}'s speech`;
    case "interview":
      return `${who}'s remarks to journalists`;
    case "briefing":
      return `${who} briefing`;
    case "agreement":
      return `${who} agreement signed`;
    default:
      return `${who} statement`;
  }
}

/** A draft in progress: the proposal and where in the article it was last seen. */
export type EventDraft = EventProposal & { host: string | null };

function statusOf(startsOn: string, text: string, publishedOn: string) {
  if (startsOn > publishedOn) return "scheduled" as const;
  return startsOn === publishedOn && FUTURE_CUE.test(text) ? ("scheduled" as const) : ("held" as const);
}

/**
 * Events one sentence names. Each event word takes the nearest date that is
 * not the day something was reported; a word with no date yields an event
 * only when one voice speaks (a speech, a briefing) and the day is known from
 * context, or it adds to an event already found (how long talks will last).
 */
export function eventsIn(
  text: string,
  dates: DateMention[],
  people: PersonMention[],
  speaker: PersonMention | null,
  ctx: ReadingContext,
  found: EventDraft[],
): void {
  const hits = keywordHits(outsideQuotes(text, findQuotes(text)));
  const eventDates = dates.filter((d) => !isReportingDate(text, d));
  const reportDate = dates.find((d) => isReportingDate(text, d));
  const assigned = new Map<KeywordHit, DateMention>();
  const gap = (h: KeywordHit, d: DateMention) =>
    d.index < h.index ? h.index - d.index : Math.max(0, d.index - h.end);
  for (const d of eventDates) {
    const nearest = [...hits].sort((a, b) => gap(a, d) - gap(b, d))[0];
    if (!nearest) continue;
    const prior = assigned.get(nearest);
    if (!prior || gap(nearest, d) < gap(nearest, prior)) assigned.set(nearest, d);
  }
  if (!hits.length && reportDate && (speaker || people.length) && !LOOKING_BACK.test(text))
    hits.push({ kind: "statement", index: 0, end: 0 });
  for (const hit of hits) {
    let date: Pick<DateMention, "startsOn" | "endsOn" | "precision"> | undefined = assigned.get(hit);
    if (!date && hit.kind === "statement" && reportDate) date = reportDate;
    if (!date && ONE_VOICE.has(hit.kind) && SAME_DAY.test(text)) date = { ...contextDate(ctx), endsOn: null };
    const days = durationDays(text);
    if (!date) {
      const target =
        MANY_PARTIES.has(hit.kind) && days ? found.findLast((e) => e.kind === hit.kind) : undefined;
      if (target && days) {
        target.endsOn = addDays(target.startsOn, days - 1);
        target.people = unique([...target.people, ...people.map((p) => p.name)]);
        target.excerpt = `${target.excerpt} […] ${text}`;
      }
      continue;
    }
    const span =
      days && !date.endsOn
        ? ENDED.test(text)
          ? { startsOn: addDays(date.startsOn, 1 - days), endsOn: date.startsOn }
          : { startsOn: date.startsOn, endsOn: addDays(date.startsOn, days - 1) }
        : { startsOn: date.startsOn, endsOn: date.endsOn };
    addEvent(hit.kind, { ...date, ...span }, text, people, speaker, ctx, found);
  }
}

function addEvent(
  kind: EventKind,
  date: Pick<DateMention, "startsOn" | "endsOn" | "precision">,
  text: string,
  people: PersonMention[],
  speaker: PersonMention | null,
  ctx: ReadingContext,
  found: EventDraft[],
) {
  const one = ONE_VOICE.has(kind);
  const where = kind === "call" || one ? null : findPlace(text);
  const host = where?.country ? partyName(ctx.directory, where.country) : null;
  const voices = one ? (speaker ? [speaker] : people.slice(0, 1)) : people;
  const parties = one
    ? voices.flatMap((p) => (p.party ? [p.party] : []))
    : [
        ...partiesIn(text, ctx.directory).map((p) => p.party),
        ...voices.flatMap((p) => (p.party ? [p.party] : [])),
      ];
  const status = statusOf(date.startsOn, outsideQuotes(text, findQuotes(text)), ctx.publishedOn);
  const draft: EventDraft = {
    title: "",
    kind,
    status,
    startsOn: date.startsOn,
    endsOn: date.endsOn,
    datePrecision: date.precision,
    place: where?.place ?? null,
    country: where?.country ?? null,
    parties: unique(parties.concat(host ? [host] : [])),
    people: unique(voices.map((p) => p.name)),
    excerpt: text,
    host,
  };
  const same = found.find((e) => sameEvent(e, draft));
  if (same) return merge(same, draft);
  draft.title = titleFor(
    kind,
    draft.parties.filter((p) => p !== host || draft.parties.length === 1),
    draft.people,
    draft.place,
    draft.country,
  );
  found.push(draft);
}

const unique = (items: string[]) => [...new Set(items)];
const daysApart = (a: string, b: string) => Math.abs(daysBetween(a, b));

/** Two mentions of one event: same kind and status, compatible place, within a few days, or the same voice that day. */
function sameEvent(a: EventDraft, b: EventDraft): boolean {
  const together = (k: EventKind) => (k === "meeting" ? "talks" : k);
  if (together(a.kind) !== together(b.kind) || a.status !== b.status) return false;
  // Talks and a meeting are one event only in the same town, or between the same sides within a day.
  const shared = a.parties.filter((p) => b.parties.includes(p)).length;
  if (
    a.kind !== b.kind &&
    !(a.place && a.place === b.place) &&
    !(shared >= 2 && daysApart(a.startsOn, b.startsOn) <= 1)
  )
    return false;
  if (ONE_VOICE.has(a.kind)) return a.startsOn === b.startsOn && a.people.join() === b.people.join();
  const placeFits = !a.country || !b.country || a.country === b.country;
  return (
    placeFits &&
    daysApart(a.startsOn, b.startsOn) <= 3 &&
    (a.status === "scheduled" || a.startsOn === b.startsOn)
  );
}

/** A later mention refines an earlier one: a plan's newer date wins, places and names add up. */
function merge(into: EventDraft, from: EventDraft) {
  if (from.startsOn !== into.startsOn && into.status === "scheduled") {
    into.startsOn = from.startsOn;
    into.endsOn = from.endsOn;
    into.datePrecision = from.datePrecision;
  }
  if (
    from.startsOn < into.startsOn &&
    daysApart(from.startsOn, into.startsOn) <= 3 &&
    into.status === "held"
  ) {
    into.endsOn = into.endsOn ?? into.startsOn;
    into.startsOn = from.startsOn;
  }
  into.place ??= from.place;
  into.country ??= from.country;
  into.parties = unique([...into.parties, ...from.parties]);
  into.people = unique([...into.people, ...from.people]);
  if (!into.excerpt.includes(from.excerpt)) into.excerpt = `${into.excerpt} […] ${from.excerpt}`;
}
