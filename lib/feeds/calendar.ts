import ical, { ICalEventStatus } from "ical-generator";
import { addDays } from "@/lib/dates";
import type { EventView } from "@/lib/queries/events";

/**
 * Cancelled stays visible as CANCELLED so subscribers see it struck out;
 * an event only known to the month (or roughly) is TENTATIVE even if scheduled.
 */
export function icalStatus(event: Pick<EventView, "status" | "datePrecision">): ICalEventStatus {
  if (event.status === "cancelled") return ICalEventStatus.CANCELLED;
  if (event.status === "postponed") return ICalEventStatus.TENTATIVE;
  if (event.status === "scheduled" && event.datePrecision !== "day") return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/**
 * Text iCalendar can carry (RFC 5545 TEXT excludes control characters other
 * than tab; ical-generator escapes line breaks, commas and semicolons itself):
 * CR LF and CR become LF, other controls and lone surrogates are dropped.
 */
export function icalText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[^\t\n\u0020-\u007e\u00a0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

/**
 * An iCalendar of published events as all-day entries. UIDs (`<id>@parley`)
 * never change, so calendar apps update an entry instead of duplicating it;
 * DTSTAMP is the row's last edit, so unchanged data gives the same bytes.
 */
export function buildCalendar(events: EventView[], options: { origin: string; name: string }): string {
  const calendar = ical({
    // ical-generator writes NAME/X-WR-CALNAME unescaped: a line break there would start a new property.
    name: icalText(options.name).replace(/\s+/g, " "),
    prodId: { company: "Parley", product: "peace-talks-calendar", language: "EN" },
    url: `${options.origin}/calendar.ics`,
    ttl: 60 * 60,
  });
  for (const event of events) {
    const sources = event.sources.map((s) => icalText(s.url ?? s.title)).join("\n");
    const precision = event.datePrecision === "day" ? "" : ` (date known to the ${event.datePrecision})`;
    calendar.createEvent({
      id: `${event.id}@parley`,
      allDay: true,
      start: event.startsOn,
      // iCalendar all-day events end on the exclusive next day.
      end: addDays(event.endsOn ?? event.startsOn, 1),
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      summary: icalText(event.title),
      description: [`${icalText(event.summary)}${precision}`, sources ? `Sources:\n${sources}` : ""]
        .filter(Boolean)
        .join("\n\n"),
      location: icalText([event.locationName, event.country].filter(Boolean).join(", ")) || null,
      url: `${options.origin}/events/${event.slug}`,
      status: icalStatus(event),
      categories: [{ name: event.kind }],
    });
  }
  return calendar.toString();
}
