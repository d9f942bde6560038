import "server-only";
import { and, asc, eq, gte, isNull } from "drizzle-orm";
import type { Database } from "@/db";
import { events } from "@/db/schema";

/** Scheduled talks from `today` on, soonest first. */
export async function listUpcomingTalks(db: Database, today: string, limit = 5) {
  return db
    .select({
      slug: events.slug,
      title: events.title,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      datePrecision: events.datePrecision,
      locationName: events.locationName,
    })
    .from(events)
    .where(
      and(
        eq(events.publication, "published"),
        isNull(events.deletedAt),
        eq(events.status, "scheduled"),
        gte(events.startsOn, today),
      ),
    )
    .orderBy(asc(events.startsOn))
    .limit(limit);
}
