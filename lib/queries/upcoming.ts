import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import type { Database } from "@/db";
import { events } from "@/db/schema";
import { isPublic } from "./visibility";

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
    .where(and(isPublic(events), eq(events.status, "scheduled"), gte(events.startsOn, today)))
    .orderBy(asc(events.startsOn))
    .limit(limit);
}
