import "server-only";
import { asc, desc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events, parties, sources } from "@/db/schema";

/** Every event, drafts and deleted ones included: editors see all. */
export async function listEventsForEditors(db: Database) {
  return db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      startsOn: events.startsOn,
      publication: events.publication,
      version: events.version,
      deletedAt: events.deletedAt,
    })
    .from(events)
    .orderBy(desc(events.updatedAt))
    .limit(200);
}

export async function listPartyOptions(db: Database) {
  return db
    .select({ id: parties.id, name: parties.name, aliases: parties.aliases })
    .from(parties)
    .orderBy(asc(parties.name));
}

export async function listSourceOptions(db: Database) {
  return db
    .select({ id: sources.id, title: sources.title, outlet: sources.outlet, url: sources.url })
    .from(sources)
    .orderBy(asc(sources.title));
}
