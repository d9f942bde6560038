import "server-only";
import { eq } from "drizzle-orm";
import type { Database, Tx } from "@/db/client";
import { parties, people, topics } from "@/db/schema";
import type { Directory } from "@/lib/importer/types";
import { isNotDeleted } from "./visibility";

/** Live rows with their ids: what the importer matches names against (drafts too: editors see them). */
export async function getImportRows(db: Database | Tx) {
  // One after another: on a transaction they share one connection.
  const partyRows = await db
    .select({ id: parties.id, name: parties.name, aliases: parties.aliases })
    .from(parties)
    .where(isNotDeleted(parties));
  const personRows = await db
    .select({
      id: people.id,
      name: people.name,
      aliases: people.aliases,
      partyId: people.partyId,
      party: parties.name,
    })
    .from(people)
    .innerJoin(parties, eq(parties.id, people.partyId))
    .where(isNotDeleted(people));
  const topicRows = await db
    .select({ id: topics.id, name: topics.name, aliases: topics.aliases })
    .from(topics)
    .where(isNotDeleted(topics));
  return { parties: partyRows, people: personRows, topics: topicRows };
}

/** The directory as the importer sees it: names and other names, no ids. */
export async function getImportDirectory(db: Database): Promise<Directory> {
  const rows = await getImportRows(db);
  return {
    parties: rows.parties.map(({ name, aliases }) => ({ name, aliases })),
    people: rows.people.map(({ name, aliases, party }) => ({ name, aliases, party })),
    topics: rows.topics.map(({ name, aliases }) => ({ name, aliases })),
  };
}
