import { Feed } from "feed";
import { eventKindLabel, eventStatusLabel } from "@/lib/labels";
import type { CorrectionView } from "@/lib/queries/corrections";
import type { EventView } from "@/lib/queries/events";

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

/**
 * An Atom document of published events, newest change first, followed by
 * corrections as entries of their own. The feed's
 * `updated` is the newest entry's, never "now", so unchanged data gives the
 * same bytes and the same ETag.
 */
export function buildAtomFeed(
  events: FeedEvent[],
  options: { origin: string; selfUrl: string; title: string; corrections?: CorrectionView[] },
): string {
  const corrections = options.corrections ?? [];
  // ISO strings sort as time; the epoch stands in for an empty feed.
  const stamps = [...events.map((e) => e.updatedAt), ...corrections.map((c) => c.createdAt.toISOString())];
  const newest = stamps.sort().at(-1) ?? "1970-01-01T00:00:00.000Z";
  const feed = new Feed({
    id: options.selfUrl,
    title: options.title,
    description: "Newly published and corrected events of the peace talks, each tied to its sources.",
    link: `${options.origin}/`,
    updated: new Date(newest),
    generator: "Parley",
    feedLinks: { atom: options.selfUrl },
    copyright: "Parley contributors; quotations belong to their sources.",
  });
  for (const event of events) {
    feed.addItem({
      title: event.title,
      id: `urn:uuid:${event.id}`,
      link: `${options.origin}/events/${event.slug}`,
      date: new Date(event.updatedAt),
      published: event.createdAt,
      description: entryText(event),
      category: [
        { term: event.kind, name: eventKindLabel[event.kind] ?? event.kind },
        ...event.participants.map((p) => ({ term: p.partySlug, name: p.partyName })),
      ],
    });
  }
  for (const correction of corrections) {
    feed.addItem({
      title: `Correction: ${correction.title}`,
      id: `urn:parley:correction:${correction.revisionId}`,
      link: `${options.origin}/events/${correction.slug}`,
      date: correction.createdAt,
      description: correction.note ?? "This event was corrected.",
      category: [{ term: "correction", name: "Correction" }],
    });
  }
  return feed.atom1();
}
