import "server-only";
import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events } from "@/db/schema";
import { eventInProcess } from "./events";
import { isNotDeleted, isPublic } from "./visibility";

/**
 * Scheduled talks not yet over on `today` — under way or to come — soonest
 * first: the same rule (readerStatus) that calls a past one "outcome not recorded",
 * and the same events the calendar lists as to come. With a process, its own
 * events and those linked to it (as the calendar's `?process=`).
 */
export async function listUpcomingTalks(db: Database, today: string, limit = 5, process?: string) {
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
        isPublic(events),
        eq(events.status, "scheduled"),
        gte(sql`coalesce(${events.endsOn}, ${events.startsOn})`, today),
        process ? eventInProcess(process) : undefined,
      ),
    )
    .orderBy(asc(events.startsOn))
    .limit(limit);
}

/**
 * Live events (drafts included: editors only) still marked "scheduled" whose
 * last day is before `today`: readers see "outcome not recorded" for them,
 * editors a list to update.
 */
export async function listOutcomesToRecord(db: Database, today: string, limit = 50) {
  return db
    .select({ id: events.id, title: events.title, startsOn: events.startsOn, endsOn: events.endsOn })
    .from(events)
    .where(
      and(
        isNotDeleted(events),
        eq(events.status, "scheduled"),
        lt(sql`coalesce(${events.endsOn}, ${events.startsOn})`, today),
      ),
    )
    .orderBy(asc(events.startsOn))
    .limit(limit);
}
