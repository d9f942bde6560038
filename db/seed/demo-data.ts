/**
 * The synthetic demo data set (`npm start -- --demo`): fictional processes,
 * parties, topics, ~200 events and ~600 positions, generated from a fixed
 * seed so every run produces the same content. Nothing here is real; every
 * slug starts with `demo-`, every process is named "Demo: …", every source
 * points at https://example.org/demo/…. Plain data: db/seed/demo.ts loads it.
 */
import type { EventKind, EventStatus, ProcessStatus } from "../../lib/domain";
import { datePrecisions, eventKinds, positionKinds, stances } from "../../lib/domain";
import type { EventSeed, PartySeed, PositionSeed, ProcessPartySeed } from "./types";

export const DEMO_SLUG_PREFIX = "demo-";
export const DEMO_NOTE = "Synthetic demo data (npm start -- --demo): not real events.";

/** mulberry32: a tiny deterministic PRNG, enough for spreading fictional dates and stances. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type DemoParty = PartySeed & { leader: string; title: string };
type DemoProcess = {
  slug: string;
  name: string;
  conflict: string;
  status: ProcessStatus;
  startedOn: string;
  place: string;
  parties: ProcessPartySeed[];
  topics: string[];
};

const d = (slug: string) => `${DEMO_SLUG_PREFIX}${slug}`;

export const demoParties: DemoParty[] = [
  {
    slug: d("northland"),
    name: "Northland",
    kind: "state",
    color: "#1f6f8b",
    leader: "Aldra Venn",
    title: "Foreign Minister",
  },
  {
    slug: d("southland"),
    name: "Southland",
    kind: "state",
    color: "#b5542c",
    leader: "Tomas Grell",
    title: "Chief Negotiator",
  },
  {
    slug: d("eastmarch"),
    name: "Eastmarch",
    kind: "state",
    color: "#6a4c93",
    leader: "Ina Corvath",
    title: "President",
  },
  {
    slug: d("westmarch-front"),
    name: "Westmarch Front",
    kind: "group",
    color: "#8a6d1d",
    leader: "Oren Dask",
    title: "Spokesperson",
  },
  {
    slug: d("riverlands"),
    name: "Riverlands Authority",
    kind: "organization",
    color: "#2a7f62",
    leader: "Mira Solt",
    title: "Commissioner",
  },
  {
    slug: d("upper-vale"),
    name: "Upper Vale",
    kind: "state",
    color: "#a23b72",
    leader: "Bren Hallow",
    title: "Prime Minister",
  },
  {
    slug: d("isles-of-vell"),
    name: "Isles of Vell",
    kind: "group",
    color: "#3d5a80",
    leader: "Sela Marrow",
    title: "Council Chair",
  },
  {
    slug: d("concord-league"),
    name: "Concord League",
    kind: "organization",
    color: "#5c677d",
    leader: "Ilya Ferrant",
    title: "Special Envoy",
  },
  {
    slug: d("halden"),
    name: "Republic of Halden",
    kind: "state",
    color: "#9c6644",
    leader: "Jora Keth",
    title: "Mediator",
  },
];

export const demoTopics: { slug: string; name: string }[] = [
  "Ceasefire line",
  "Prisoner exchange",
  "Border crossings",
  "Water sharing",
  "Autonomy status",
  "Security guarantees",
  "Elections",
  "Reconstruction fund",
  "Refugee return",
  "Demilitarised zone",
].map((name) => ({ slug: d(name.toLowerCase().replace(/\s+/g, "-")), name }));

// Every process argues over every topic, so each party has a say in each row of /compare.
const allTopics = demoTopics.map((topic) => topic.slug);

export const demoProcesses: DemoProcess[] = [
  {
    slug: d("northland-southland-talks"),
    name: "Demo: Northland–Southland talks",
    conflict: "Fictional Northland–Southland border war",
    status: "active",
    startedOn: "2021-03-01",
    place: "Port Amberly",
    parties: [
      { party: d("northland"), role: "negotiating_party" },
      { party: d("southland"), role: "negotiating_party" },
      { party: d("concord-league"), role: "mediator" },
      { party: d("halden"), role: "guarantor" },
    ],
    topics: allTopics,
  },
  {
    slug: d("eastmarch-ceasefire"),
    name: "Demo: Eastmarch ceasefire negotiations",
    conflict: "Fictional Eastmarch insurgency",
    status: "paused",
    startedOn: "2020-06-15",
    place: "Keldport",
    parties: [
      { party: d("eastmarch"), role: "negotiating_party" },
      { party: d("westmarch-front"), role: "negotiating_party" },
      { party: d("halden"), role: "mediator" },
      { party: d("concord-league"), role: "observer" },
    ],
    topics: allTopics,
  },
  {
    slug: d("riverlands-water-accord"),
    name: "Demo: Riverlands water accord",
    conflict: "Fictional dispute over the River Oss",
    status: "concluded",
    startedOn: "2019-09-01",
    place: "Ossbridge",
    parties: [
      { party: d("riverlands"), role: "negotiating_party" },
      { party: d("upper-vale"), role: "negotiating_party" },
      { party: d("southland"), role: "negotiating_party" },
      { party: d("concord-league"), role: "mediator" },
    ],
    topics: allTopics,
  },
  {
    slug: d("isles-of-vell-autonomy"),
    name: "Demo: Isles of Vell autonomy talks",
    conflict: "Fictional Vell autonomy dispute",
    status: "collapsed",
    startedOn: "2022-01-10",
    place: "Vell Harbour",
    parties: [
      { party: d("isles-of-vell"), role: "negotiating_party" },
      { party: d("northland"), role: "negotiating_party" },
      { party: d("halden"), role: "mediator" },
    ],
    topics: allTopics,
  },
];

export type DemoEvent = EventSeed & { process: string; sourceUrl: string };

export type DemoPosition = PositionSeed & { process: string; sourceUrl: string };

const EVENTS_PER_PROCESS = 50;
const POSITIONS_PER_PROCESS = 150;
const SPEAKING_KINDS: readonly EventKind[] = ["speech", "statement", "interview", "briefing"];
const DAY = 86_400_000;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length)] as T;

/** Events and positions of every process, the same on every run. */
export function generateDemo(seed = 20_261_130): { events: DemoEvent[]; positions: DemoPosition[] } {
  const random = prng(seed);
  const events: DemoEvent[] = [];
  const positions: DemoPosition[] = [];
  for (const process of demoProcesses) {
    // Live processes run into the future, so some talks are scheduled; ended ones stop in mid-2026.
    const ended = process.status === "concluded" || process.status === "collapsed";
    const end = ended ? Date.UTC(2026, 5, 30) : Date.UTC(2027, 5, 30);
    const start = Date.parse(`${process.startedOn}T00:00:00Z`);
    const span = end - start;
    const sides = process.parties.filter((p) => p.role === "negotiating_party").map((p) => p.party);
    const mediator = process.parties.find((p) => p.role !== "negotiating_party")?.party;
    const mine: DemoEvent[] = [];
    for (let i = 0; i < EVENTS_PER_PROCESS; i++) {
      const kind = eventKinds[(i + demoProcesses.indexOf(process)) % eventKinds.length] as EventKind;
      const startsMs = start + Math.floor(((i + random() * 0.8) / EVENTS_PER_PROCESS) * span);
      const startsOn = isoDay(startsMs);
      const future = startsMs > Date.UTC(2026, 10, 30);
      const r = random();
      const status: EventStatus = future
        ? r < 0.8
          ? "scheduled"
          : "postponed"
        : r < 0.8
          ? "held"
          : r < 0.9
            ? "postponed"
            : "cancelled";
      const speaker = pick(sides, random());
      const participants: DemoEvent["participants"] = SPEAKING_KINDS.includes(kind)
        ? [{ party: speaker, role: "speaker" }]
        : [
            ...sides.map((party) => ({ party, role: "delegation" as const })),
            ...(mediator ? [{ party: mediator, role: "mediator" as const }] : []),
          ];
      const slug = `${process.slug}-${kind.replace("_", "-")}-${String(i + 1).padStart(2, "0")}`;
      const name = process.name.replace(/^Demo: /, "");
      mine.push({
        slug,
        process: process.slug,
        title: `${kind[0]?.toUpperCase()}${kind.slice(1)} ${i + 1}: ${name}`,
        summary: `Synthetic ${kind} in the ${name} (round ${i + 1}). Demo data: not a real event.`,
        kind,
        status,
        startsOn,
        endsOn:
          kind === "talks" && random() < 0.5 ? isoDay(startsMs + (1 + Math.floor(random() * 3)) * DAY) : null,
        datePrecision: pick(["day", "day", "day", "day", "month", "approximate"] as const, random()),
        locationName: SPEAKING_KINDS.includes(kind) ? null : process.place,
        participants,
        sourceUrl: `https://example.org/demo/events/${slug}`,
      });
    }
    events.push(...mine);
    const held = mine.filter((e) => e.status === "held");
    const speakers = [...sides, ...(mediator ? [mediator] : [])];
    for (let i = 0; i < POSITIONS_PER_PROCESS; i++) {
      // Every party × topic pair gets several statements, so the compare table has no empty cells.
      const party = speakers[i % speakers.length] as string;
      const topic = process.topics[Math.floor(i / speakers.length) % process.topics.length] as string;
      const at = random() < 0.4 ? pick(held, random()) : undefined;
      const statedOn = at?.startsOn ?? isoDay(start + Math.floor(random() * (Date.UTC(2026, 10, 1) - start)));
      const topicName = demoTopics.find((x) => x.slug === topic)?.name ?? topic;
      const partyName = demoParties.find((x) => x.slug === party)?.name ?? party;
      const stance = pick(stances, random());
      const verb = {
        supports: "supports",
        opposes: "opposes",
        conditional: "conditionally accepts",
        open: "is open to",
      }[stance];
      positions.push({
        process: process.slug,
        party,
        topic,
        statedOn,
        datePrecision: pick(datePrecisions, random() * 0.3 + 0.7 * (random() < 0.85 ? 0 : 1)),
        kind: pick(positionKinds, random()),
        stance,
        summary: `${partyName} ${verb} the proposal on ${topicName.toLowerCase()} (synthetic statement ${i + 1}).`,
        quote: random() < 0.3 ? `We will not move on ${topicName.toLowerCase()} without guarantees.` : null,
        event: at?.slug ?? null,
        sourceUrl: at?.sourceUrl ?? `https://example.org/demo/statements/${process.slug}-${i + 1}`,
      });
    }
  }
  return { events, positions };
}
