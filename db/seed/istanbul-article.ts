/**
 * The first data Parley holds: what the Press TV report of 28 March 2022 states,
 * with the precision it gives and nothing more. Every excerpt and quote below is
 * verbatim from ../shared/seed/istanbul-talks-article.txt (a unit test checks it).
 *
 * Day names in the article are resolved against its publication date, Monday
 * 28 March 2022: "Sunday" = 27 March, "Monday" = 28 March, "Tuesday" = 29 March.
 */
import type { EventFormat } from "../../lib/domain";
import type { EventSeed, PartySeed, PositionSeed, ProcessPartySeed } from "./types";

/** Joins two non-adjacent sentences of the article in one excerpt. */
export const EXCERPT_GAP = " […] ";

export const articleSource = {
  url: "https://www.presstv.ir/Detail/2022/03/28/679279/Russia,-Ukraine-set-to-hold-new-round-of-peace-talks-in-Turkey,-as-Moscow-%E2%80%98regroups%E2%80%99-forces",
  outlet: "Press TV",
  title: "Russia, Ukraine to resume peace talks in Turkey as fighting rages on",
  publishedOn: "2022-03-28",
  language: "en",
};

/**
 * The process every seed row belongs to. Migration 0007 creates the same row for
 * data that existed before processes did; a test keeps the two equal.
 */
export const seedProcess = {
  slug: "russia-ukraine-talks-2022",
  name: "Russia–Ukraine talks (2022)",
  aliases: ["Istanbul talks"],
  summary:
    "Talks between Russian and Ukrainian negotiators, first in the Gomel region of Belarus and then in Istanbul, hosted by Turkey.",
  conflict: "Russia–Ukraine war",
  // "Russian and Ukrainian officials take part in the talks in the Gomel region, Belarus, on February 28, 2022."
  startedOn: "2022-02-28",
  status: "active" as const,
};

/** Parties of the seed process: those who negotiate, and the hosts as mediators (the migration's rule). */
export const seedProcessParties: ProcessPartySeed[] = [
  { party: "ukraine", role: "negotiating_party" },
  { party: "russia", role: "negotiating_party" },
  { party: "turkey", role: "mediator" },
  { party: "belarus", role: "mediator" },
];

type SeedParty = PartySeed & { shortName: string; aliases: string[] };

// Colours keep at least 4.5:1 contrast on white and stay apart from each other.
export const seedParties: SeedParty[] = [
  {
    slug: "ukraine",
    name: "Ukraine",
    shortName: "UA",
    kind: "state",
    color: "#0057b7",
    aliases: ["Kyiv", "Kiev"],
  },
  {
    slug: "russia",
    name: "Russia",
    shortName: "RU",
    kind: "state",
    color: "#b3261e",
    aliases: ["Russian Federation", "Moscow", "Kremlin"],
  },
  {
    slug: "turkey",
    name: "Turkey",
    shortName: "TR",
    kind: "state",
    color: "#8a4b00",
    aliases: ["Türkiye", "Turkiye", "Ankara"],
  },
  {
    slug: "belarus",
    name: "Belarus",
    shortName: "BY",
    kind: "state",
    color: "#2e6b30",
    aliases: ["Minsk"],
  },
];

type SeedPerson = { slug: string; name: string; aliases: string[]; party: string; title: string };

export const seedPeople: SeedPerson[] = [
  {
    slug: "volodymyr-zelensky",
    name: "Volodymyr Zelensky",
    aliases: ["Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"],
    party: "ukraine",
    title: "President of Ukraine",
  },
  {
    slug: "vladimir-putin",
    name: "Vladimir Putin",
    aliases: ["Putin"],
    party: "russia",
    title: "President of Russia",
  },
  {
    slug: "tayyip-erdogan",
    name: "Tayyip Erdogan",
    aliases: ["Recep Tayyip Erdoğan", "Erdoğan"],
    party: "turkey",
    title: "President of Turkey",
  },
  {
    slug: "david-arakhamia",
    name: "David Arakhamia",
    aliases: ["Davyd Arakhamia"],
    party: "ukraine",
    title: "Ukrainian lawmaker",
  },
  {
    slug: "ihor-zhovkva",
    name: "Ihor Zhovkva",
    aliases: ["Igor Zhovkva"],
    party: "ukraine",
    title: "Deputy head of the President's Office",
  },
  {
    slug: "hanna-malyar",
    name: "Hanna Malyar",
    aliases: ["Hanna Maliar", "Anna Malyar"],
    party: "ukraine",
    title: "Deputy Defence Minister",
  },
];

type SeedTopic = { slug: string; name: string; description: string; aliases: string[] };

export const seedTopics: SeedTopic[] = [
  {
    slug: "sovereignty-territorial-integrity",
    name: "Sovereignty and territorial integrity",
    description: "Recognition of a state's sovereignty and of its internationally recognised borders.",
    aliases: ["sovereignty", "territorial integrity", "borders"],
  },
  {
    slug: "security-guarantees",
    name: "Security guarantees",
    description: "Binding commitments by other states to a party's security after a settlement.",
    aliases: ["guarantees"],
  },
  {
    slug: "guarantor-states",
    name: "Guarantor states",
    description: "Which states would act as guarantors of a settlement or of a party's security.",
    aliases: ["guarantors"],
  },
  {
    slug: "neutral-status",
    name: "Neutral status",
    description: "Neutrality or non-alignment, including giving up membership of military alliances.",
    aliases: ["neutrality", "non-aligned status", "NATO membership"],
  },
  {
    slug: "donbas",
    name: "Donbas",
    description: "The status of the eastern Donbas region (Donetsk and Luhansk).",
    aliases: ["Donbass", "Donetsk", "Luhansk"],
  },
  {
    slug: "crimea",
    name: "Crimea",
    description: "The status of the Crimean peninsula.",
    aliases: ["Krym"],
  },
  {
    slug: "ceasefire",
    name: "Ceasefire",
    description: "A halt to hostilities, its terms and its timing.",
    aliases: ["truce", "armistice"],
  },
  {
    slug: "humanitarian-corridors",
    name: "Humanitarian corridors",
    description: "Safe routes to evacuate civilians and deliver aid.",
    aliases: ["evacuation", "evacuation corridors"],
  },
  {
    slug: "humanitarian-situation",
    name: "Humanitarian situation",
    description: "The condition of civilians in the conflict zone and its improvement.",
    aliases: ["humanitarian aid"],
  },
  {
    slug: "demilitarization",
    name: "Demilitarization",
    description: "Limits on, or the reduction of, a party's armed forces.",
    aliases: ["demilitarisation", "demilitarize"],
  },
  {
    slug: "denazification",
    name: "Denazification",
    description: "Russia's stated aim to “denazify” Ukraine.",
    aliases: ["denazify"],
  },
  {
    slug: "leaders-meeting",
    name: "Leaders' meeting",
    description: "A meeting between heads of state to conclude or advance a settlement.",
    aliases: ["summit", "presidents' meeting"],
  },
];

type SeedEvent = EventSeed & { format: EventFormat | null; country: string | null; excerpt: string };

type Stated = "status" | "format" | "endsOn" | "datePrecision" | "locationName" | "country";

/**
 * An event as the article reports it: held, on one day known to the day, with
 * no format, place or country, unless the entry states one (the report gives
 * them only where it names them).
 */
const articleEvent = (event: Omit<SeedEvent, Stated> & Partial<Pick<SeedEvent, Stated>>): SeedEvent => ({
  status: "held",
  format: null,
  endsOn: null,
  datePrecision: "day",
  locationName: null,
  country: null,
  ...event,
});

export const seedEvents: SeedEvent[] = [
  articleEvent({
    slug: "gomel-talks-2022-02-28",
    title: "Russia–Ukraine talks in the Gomel region",
    summary:
      "Russian and Ukrainian officials held talks in the Gomel region of Belarus. The report notes that previous rounds failed to produce a breakthrough.",
    kind: "talks",
    format: "in_person",
    startsOn: "2022-02-28",
    locationName: "Gomel region",
    country: "Belarus",
    participants: [
      { party: "russia", role: "delegation" },
      { party: "ukraine", role: "delegation" },
      { party: "belarus", role: "host" },
    ],
    excerpt:
      "Russian and Ukrainian officials take part in the talks in the Gomel region, Belarus, on February 28, 2022.",
  }),
  articleEvent({
    slug: "erdogan-putin-call-2022-03-27",
    title: "Erdogan–Putin phone call agrees Istanbul will host talks",
    summary:
      "Turkish President Tayyip Erdogan and Russian President Vladimir Putin agreed by telephone that Istanbul would host a fresh round of talks. Erdogan's office said he stressed the need for an immediate ceasefire and an improved humanitarian situation.",
    kind: "call",
    format: "phone",
    startsOn: "2022-03-27",
    participants: [
      { party: "turkey", role: "mediator" },
      { party: "russia", role: "delegation" },
    ],
    excerpt:
      "Turkish President Tayyip Erdogan and his Russian counterpart Vladimir Putin agreed in a telephone call on Sunday for Istanbul to host a fresh round of talks.",
  }),
  articleEvent({
    slug: "zelensky-remarks-russian-journalists-2022-03-27",
    title: "Zelensky's remarks to Russian journalists",
    summary:
      "Speaking to Russian journalists, Zelensky said Kyiv was willing to assume neutral status and compromise over the status of the Donbas region as part of a potential peace deal.",
    kind: "interview",
    startsOn: "2022-03-27",
    participants: [{ party: "ukraine", role: "speaker" }],
    excerpt:
      "In remarks made to Russian journalists earlier in the day, Zelenskyy had adopted a milder tone, saying Kiev was willing to assume neutral status and compromise over the status of the eastern Donbas region as part of a potential peace deal.",
  }),
  articleEvent({
    slug: "zelensky-speech-2022-03-27",
    title: "Zelensky's speech naming Ukraine's red lines",
    summary:
      "In a speech late on Sunday, Zelensky said he wanted peace as soon as possible and named Ukraine's negotiating red lines: sovereignty and territorial integrity, and effective security guarantees.",
    kind: "speech",
    startsOn: "2022-03-27",
    participants: [{ party: "ukraine", role: "speaker" }],
    excerpt:
      "In a speech late on Sunday, Zelensky said he wanted peace as soon as possible but pointed to his negotiating red lines.",
  }),
  articleEvent({
    slug: "zhovkva-statement-2022-03-28",
    title: "Zhovkva: Turkey could be a guarantor of Ukraine's security",
    summary:
      "Ahead of the talks, Ihor Zhovkva, deputy head of Zelensky's office, said Turkey was among the countries that could guarantee Ukraine's security in a deal with Russia.",
    kind: "statement",
    startsOn: "2022-03-28",
    participants: [{ party: "ukraine", role: "speaker" }],
    excerpt:
      "Zelensky’s office on Monday said Turkey was among countries that could offer Kiev security guarantees as part of any deal with Russia to end the war in Ukraine.",
  }),
  articleEvent({
    slug: "malyar-briefing-2022-03-28",
    title: "Malyar briefing: Russian forces regrouping",
    summary:
      "Deputy Defence Minister Hanna Malyar told a media briefing that Russia was regrouping its forces and trying to reinforce positions it already held, but could not advance anywhere in Ukraine.",
    kind: "briefing",
    startsOn: "2022-03-28",
    participants: [{ party: "ukraine", role: "speaker" }],
    excerpt:
      "“As of today, the enemy is regrouping its forces, but they cannot advance anywhere in Ukraine,” she told a media briefing, without elaborating.",
  }),
  articleEvent({
    slug: "istanbul-talks-2022-03-29",
    title: "Russia–Ukraine talks in Istanbul",
    summary:
      "Face-to-face talks in Turkey, confirmed by the Kremlin for Tuesday after a Turkish official had told Reuters they would resume on Monday. Ukrainian negotiator David Arakhamia said the talks would last three days; the end date follows his statement.",
    kind: "talks",
    status: "scheduled",
    format: "in_person",
    startsOn: "2022-03-29",
    endsOn: "2022-03-31",
    locationName: "Istanbul",
    country: "Turkey",
    participants: [
      { party: "russia", role: "delegation" },
      { party: "ukraine", role: "delegation" },
      { party: "turkey", role: "host" },
    ],
    excerpt: [
      "The Kremlin on Monday confirmed that the face-to-face talks would take place in Turkey, but said the talks are scheduled on Tuesday as the negotiators would only be arriving in Turkey on Monday.",
      "David Arakhamia, a Ukrainian lawmaker, and Zelensky ally, also confirmed the peace talks and said they will last for three days in a bid to bring peace between the two countries.",
    ].join(EXCERPT_GAP),
  }),
];

type SeedPosition = PositionSeed & { person: string | null; excerpt: string };

export const seedPositions: SeedPosition[] = [
  {
    party: "ukraine",
    person: "volodymyr-zelensky",
    topic: "sovereignty-territorial-integrity",
    event: "zelensky-speech-2022-03-27",
    statedOn: "2022-03-27",
    datePrecision: "day",
    kind: "red_line",
    stance: "supports",
    summary: "Ukraine's sovereignty and territorial integrity are not negotiable.",
    quote: "Ukraine’s sovereignty and territorial integrity are beyond doubt.",
    excerpt:
      "“Our priorities in the negotiations are known. Ukraine’s sovereignty and territorial integrity are beyond doubt. Effective security guarantees for our state are mandatory,” he asserted.",
  },
  {
    party: "ukraine",
    person: "volodymyr-zelensky",
    topic: "security-guarantees",
    event: "zelensky-speech-2022-03-27",
    statedOn: "2022-03-27",
    datePrecision: "day",
    kind: "red_line",
    stance: "supports",
    summary: "Any deal must give Ukraine effective security guarantees.",
    quote: "Effective security guarantees for our state are mandatory",
    excerpt:
      "“Our priorities in the negotiations are known. Ukraine’s sovereignty and territorial integrity are beyond doubt. Effective security guarantees for our state are mandatory,” he asserted.",
  },
  {
    party: "ukraine",
    person: "volodymyr-zelensky",
    topic: "neutral-status",
    event: "zelensky-remarks-russian-journalists-2022-03-27",
    statedOn: "2022-03-27",
    datePrecision: "day",
    kind: "offer",
    stance: "conditional",
    summary: "Kyiv is willing to assume neutral status as part of a potential peace deal.",
    quote: null,
    excerpt:
      "In remarks made to Russian journalists earlier in the day, Zelenskyy had adopted a milder tone, saying Kiev was willing to assume neutral status and compromise over the status of the eastern Donbas region as part of a potential peace deal.",
  },
  {
    party: "ukraine",
    person: "volodymyr-zelensky",
    topic: "donbas",
    event: "zelensky-remarks-russian-journalists-2022-03-27",
    statedOn: "2022-03-27",
    datePrecision: "day",
    kind: "offer",
    stance: "conditional",
    summary:
      "Kyiv is willing to compromise over the status of the Donbas region as part of a potential peace deal.",
    quote: null,
    excerpt:
      "In remarks made to Russian journalists earlier in the day, Zelenskyy had adopted a milder tone, saying Kiev was willing to assume neutral status and compromise over the status of the eastern Donbas region as part of a potential peace deal.",
  },
  {
    party: "ukraine",
    person: "ihor-zhovkva",
    topic: "guarantor-states",
    event: "zhovkva-statement-2022-03-28",
    statedOn: "2022-03-28",
    datePrecision: "day",
    kind: "position",
    stance: "supports",
    summary: "Turkey is among the countries that could guarantee Ukraine's security.",
    quote: "Turkey is among those countries that could become guarantors of our security in the future",
    excerpt:
      '"Turkey is among those countries that could become guarantors of our security in the future," Ihor Zhovkva, deputy head of President Volodymyr Zelensky\'s office, said ahead of the peace talks.',
  },
  {
    party: "ukraine",
    person: null,
    topic: "humanitarian-corridors",
    event: null,
    statedOn: "2022-03-28",
    datePrecision: "day",
    kind: "position",
    stance: "opposes",
    summary: "Ukraine said it had no plans to open humanitarian corridors to evacuate civilians that day.",
    quote: null,
    excerpt:
      "It came as Ukraine said it had no plans to open humanitarian corridors to evacuate civilians from besieged cities.",
  },
  {
    party: "turkey",
    person: "tayyip-erdogan",
    topic: "ceasefire",
    event: "erdogan-putin-call-2022-03-27",
    statedOn: "2022-03-27",
    datePrecision: "day",
    kind: "demand",
    stance: "supports",
    summary: "Turkey stressed the need for an immediate ceasefire.",
    quote: null,
    excerpt:
      "Erdogan said his country would continue efforts to end the conflict in Ukraine, and stressed the need for an immediate ceasefire and the improvement of the humanitarian situation in the region, according to a statement by his office.",
  },
  {
    party: "turkey",
    person: "tayyip-erdogan",
    topic: "humanitarian-situation",
    event: "erdogan-putin-call-2022-03-27",
    statedOn: "2022-03-27",
    datePrecision: "day",
    kind: "demand",
    stance: "supports",
    summary: "Turkey stressed the need to improve the humanitarian situation in the region.",
    quote: null,
    excerpt:
      "Erdogan said his country would continue efforts to end the conflict in Ukraine, and stressed the need for an immediate ceasefire and the improvement of the humanitarian situation in the region, according to a statement by his office.",
  },
  {
    // The article gives no date for Moscow's statement of aims; it reports it as
    // standing on the day of publication, hence "approximate" on that day.
    party: "russia",
    person: null,
    topic: "demilitarization",
    event: null,
    statedOn: "2022-03-28",
    datePrecision: "approximate",
    kind: "demand",
    stance: "supports",
    summary: "Moscow says its “special operation” aims to “demilitarize” Ukraine.",
    quote: "demilitarize",
    excerpt:
      "Western countries, including the US, have decried Russia’s military intervention in Ukraine as unprovoked, but Moscow says the “special operation” aims to “demilitarize” and “denazify” the country after years of fighting between the Kiev government and separatists in the breakaway Donbas region.",
  },
  {
    party: "russia",
    person: null,
    topic: "denazification",
    event: null,
    statedOn: "2022-03-28",
    datePrecision: "approximate",
    kind: "demand",
    stance: "supports",
    summary: "Moscow says its “special operation” aims to “denazify” Ukraine.",
    quote: "denazify",
    excerpt:
      "Western countries, including the US, have decried Russia’s military intervention in Ukraine as unprovoked, but Moscow says the “special operation” aims to “demilitarize” and “denazify” the country after years of fighting between the Kiev government and separatists in the breakaway Donbas region.",
  },
];
