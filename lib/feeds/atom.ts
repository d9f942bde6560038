import { eventKindLabel, eventStatusLabel } from "@/lib/domain";
import type { CorrectionView } from "@/lib/queries/corrections";
import type { EventView } from "@/lib/queries/events";
import { element } from "./xml";

export type FeedEvent = EventView & { createdAt: Date };

function entryText(event: FeedEvent): string {
  const when =
    event.endsOn && event.endsOn !== event.startsOn ? `${event.startsOn} – ${event.endsOn}` : event.startsOn;
  const where = [event.locationName, event.country].filter(Boolean).join(", ");
  const who = event.participants.map((p) => p.partyName).join(", ");
  const cited = event.sources.map((s) => [s.outlet, s.title].filter(Boolean).join(": ")).join("; ");
  return [
    `${eventKindLabel[event.kind] ?? event.kind}, ${eventStatusLabel[event.status] ?? event.status}: ${when}${where ? `, ${where}` : ""}.`,
    who ? `Parties: ${who}.` : "",
    event.summary,
    cited ? `Sources: ${cited}.` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

type Entry = {
  title: string;
  id: string;
  link: string;
  updated: Date;
  published?: Date;
  summary: string;
  categories: { term: string; label: string }[];
};

/**
 * One entry. Title and summary are Atom text constructs (`type="text"`):
 * readers show them as typed, and every character is escaped rather than put
 * in CDATA, so a summary containing `]]>` stays text.
 */
function entryXml(entry: Entry): string {
  return [
    "    <entry>",
    `        ${element("title", { type: "text" }, entry.title)}`,
    `        ${element("id", {}, entry.id)}`,
    `        ${element("link", { href: entry.link })}`,
    `        ${element("updated", {}, entry.updated.toISOString())}`,
    `        ${element("summary", { type: "text" }, entry.summary)}`,
    ...entry.categories.map((c) => `        ${element("category", { label: c.label, term: c.term })}`),
    ...(entry.published ? [`        ${element("published", {}, entry.published.toISOString())}`] : []),
    "    </entry>",
  ].join("\n");
}

/**
 * An Atom document of published events, newest change first, followed by
 * corrections as entries of their own. The feed's
 * `updated` is the newest entry's, never "now", so unchanged data gives the
 * same bytes and the same ETag. Written by hand rather than by a library
 * because the one used before wrote labels unescaped into attributes.
 */
export function buildAtomFeed(
  events: FeedEvent[],
  options: { origin: string; selfUrl: string; title: string; corrections?: CorrectionView[] },
): string {
  const corrections = options.corrections ?? [];
  // ISO strings sort as time; the epoch stands in for an empty feed.
  const stamps = [...events.map((e) => e.updatedAt), ...corrections.map((c) => c.createdAt.toISOString())];
  const newest = stamps.sort().at(-1) ?? "1970-01-01T00:00:00.000Z";
  const entries: Entry[] = [
    ...events.map((event) => ({
      title: event.title,
      id: `urn:uuid:${event.id}`,
      link: `${options.origin}/events/${event.slug}`,
      updated: new Date(event.updatedAt),
      published: event.createdAt,
      summary: entryText(event),
      categories: [
        { term: event.kind, label: eventKindLabel[event.kind] ?? event.kind },
        ...event.participants.map((p) => ({ term: p.partySlug, label: p.partyName })),
      ],
    })),
    ...corrections.map((correction) => ({
      title: `Correction: ${correction.title}`,
      id: `urn:parley:correction:${correction.revisionId}`,
      link: `${options.origin}/events/${correction.slug}`,
      updated: correction.createdAt,
      summary: correction.note ?? "This event was corrected.",
      categories: [{ term: "correction", label: "Correction" }],
    })),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `    ${element("id", {}, options.selfUrl)}`,
    `    ${element("title", { type: "text" }, options.title)}`,
    `    ${element("updated", {}, new Date(newest).toISOString())}`,
    `    ${element("generator", {}, "Parley")}`,
    `    ${element("link", { rel: "alternate", href: `${options.origin}/` })}`,
    `    ${element("link", { rel: "self", href: options.selfUrl })}`,
    `    ${element("subtitle", {}, "Newly published and corrected events of the peace talks, each tied to its sources.")}`,
    `    ${element("rights", {}, "Parley contributors; quotations belong to their sources.")}`,
    ...entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
