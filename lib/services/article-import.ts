import "server-only";
import type { Database } from "@/db/client";
import type { EventKind } from "@/lib/domain";
import { countryOfWord } from "@/lib/importer/places";
import { positionKindOf } from "@/lib/importer/topics";
import { getImportRows } from "@/lib/queries/import-directory";
import { foldName } from "@/lib/search/match-name";
import type { ArticleImportApply, ImportedEvent, ImportedStatement } from "@/lib/validation/article-import";
import { partyInput, personInput, topicInput } from "@/lib/validation/directory";
import { eventInput } from "@/lib/validation/events";
import { positionInput } from "@/lib/validation/positions";
import { sourceInput } from "@/lib/validation/sources";
import { createEntry } from "./directory";
import { createEvent } from "./events";
import { createPosition } from "./positions";
import type { RevisionMeta, Tx } from "./revisions";
import { createSource, findSourceByUrl } from "./sources";

export type ArticleImportSummary = {
  sourceId: string;
  events: { id: string; slug: string; title: string }[];
  positions: string[];
  created: { parties: string[]; people: string[]; topics: string[] };
};
export type ArticleImportResult =
  | { ok: true; value: ArticleImportSummary }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string[]> };

/** Thrown inside the transaction to roll every row of the import back. */
class ImportRefused extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("import refused");
  }
}

// Each keeps at least 3:1 contrast with white, as the party form requires.
const NEW_PARTY_COLOURS = ["#4b5563", "#0f766e", "#7c3aed", "#9d174d", "#1d4ed8", "#92400e", "#166534"];
const ONE_VOICE = new Set<EventKind>(["speech", "interview", "briefing", "statement"]);

type Named = { id: string; name: string; aliases: string[] };
const sameName = (row: Named, name: string) =>
  foldName(row.name) === foldName(name) || row.aliases.some((a) => foldName(a) === foldName(name));

/**
 * Writes the accepted proposals as drafts in one transaction: the source (or
 * the one already stored for its URL), parties, people and topics not yet in
 * the directory, then events and positions citing the source with their
 * excerpts, each with its first revision through the services every form
 * uses. Any refusal rolls all of it back; nothing is published.
 */
export async function applyArticleImport(
  db: Database,
  input: ArticleImportApply,
  meta: RevisionMeta,
): Promise<ArticleImportResult> {
  try {
    return { ok: true, value: await db.transaction((tx) => writeImport(tx, input, meta)) };
  } catch (error) {
    if (error instanceof ImportRefused)
      return { ok: false, reason: "invalid", fieldErrors: error.fieldErrors };
    throw error;
  }
}

async function writeImport(
  tx: Tx,
  input: ArticleImportApply,
  meta: RevisionMeta,
): Promise<ArticleImportSummary> {
  // The services open their own transaction; on a transaction handle that is a savepoint inside this one.
  const db = tx as unknown as Database;
  const rows = await getImportRows(tx);
  const created: ArticleImportSummary["created"] = { parties: [], people: [], topics: [] };
  const draft = { publication: "draft" as const, note: meta.note ?? "imported from an article" };

  const source = await sourceFor(db, input, meta);

  const partyId = async (name: string): Promise<string> => {
    const found = rows.parties.find((p) => sameName(p, name));
    if (found) return found.id;
    const country = countryOfWord(name);
    const colour = NEW_PARTY_COLOURS[created.parties.length % NEW_PARTY_COLOURS.length];
    const data = partyInput.parse({
      name: country ?? name,
      kind: country ? "state" : "organization",
      color: colour,
      ...draft,
    });
    const row = await createEntry(db, { kind: "party", data }, meta);
    rows.parties.push({ id: row.id, name: data.name, aliases: name === data.name ? [] : [name] });
    created.parties.push(data.name);
    return row.id;
  };
  const topicId = async (name: string): Promise<string> => {
    const found = rows.topics.find((t) => sameName(t, name));
    if (found) return found.id;
    const data = topicInput.parse({ name, ...draft });
    const row = await createEntry(db, { kind: "topic", data }, meta);
    rows.topics.push({ id: row.id, name, aliases: [] });
    created.topics.push(name);
    return row.id;
  };
  const personId = async (name: string, party: string): Promise<string> => {
    const found = rows.people.find((p) => sameName(p, name));
    if (found) return found.id;
    const data = personInput.parse({ name, partyId: party, ...draft });
    const row = await createEntry(db, { kind: "person", data }, meta);
    rows.people.push({ id: row.id, name, aliases: [], partyId: party, party: "" });
    created.people.push(name);
    return row.id;
  };

  const events: ArticleImportSummary["events"] = [];
  for (const event of input.events) {
    const participants = [];
    const host = event.country ? rows.parties.find((p) => sameName(p, event.country ?? ""))?.name : undefined;
    for (const name of event.parties) {
      const id = await partyId(name);
      const role = ONE_VOICE.has(event.kind)
        ? "speaker"
        : host && sameName({ id, name, aliases: [] }, host)
          ? "host"
          : "delegation";
      participants.push({ partyId: id, role });
    }
    const saved = await createEvent(
      db,
      eventInput.parse({
        title: event.title,
        kind: event.kind,
        status: event.status,
        format: event.kind === "call" ? "phone" : null,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        datePrecision: event.datePrecision,
        locationName: event.place ?? "",
        country: event.country ?? "",
        participants,
        sources: [{ sourceId: source, excerpt: event.excerpt }],
        ...draft,
      }),
      meta,
    );
    events.push({ id: saved.id, slug: saved.slug, title: saved.title });
  }

  const positions: string[] = [];
  for (const [index, statement] of input.statements.entries()) {
    const party = await partyId(statement.party);
    const person = statement.speaker ? await personId(statement.speaker, party) : null;
    const eventIndex = eventFor(statement, input.events);
    for (const topic of statement.topics) {
      const result = await createPosition(
        db,
        positionInput.parse({
          partyId: party,
          personId: person,
          topicId: await topicId(topic),
          statedOn: statement.statedOn,
          datePrecision: statement.datePrecision,
          kind: positionKindOf(statement.quote ?? statement.excerpt),
          stance: statement.stance,
          summary: (statement.quote ?? statement.excerpt).slice(0, 2000),
          quote: statement.quote ?? "",
          eventId: eventIndex >= 0 ? events[eventIndex]?.id : null,
          sources: [{ sourceId: source, excerpt: statement.excerpt }],
          ...draft,
        }),
        meta,
      );
      if (!result.ok)
        throw new ImportRefused({
          [`statements.${index}.speaker`]: [
            `${statement.speaker} does not speak for ${statement.party} in the directory`,
          ],
        });
      positions.push(result.value.id);
    }
  }
  return { sourceId: source, events, positions, created };
}

/** The source already stored for this URL, or a new one. */
async function sourceFor(db: Database, input: ArticleImportApply, meta: RevisionMeta): Promise<string> {
  const existing = await findSourceByUrl(db, input.source.url);
  if (existing) return existing.id;
  const data = sourceInput.parse({ ...input.source, note: meta.note ?? "imported from an article" });
  const result = await createSource(db, data, meta);
  return result.created ? result.source.id : result.existing.id;
}

/** The accepted event a statement was made at: the one quoting the same sentence, or its speaker's that day. */
function eventFor(statement: ImportedStatement, events: ImportedEvent[]): number {
  const bySentence = events.findIndex((e) => e.excerpt.includes(statement.excerpt));
  if (bySentence >= 0) return bySentence;
  return events.findIndex(
    (e) =>
      ONE_VOICE.has(e.kind) &&
      e.startsOn === statement.statedOn &&
      statement.speaker !== null &&
      e.people.some((p) => foldName(p) === foldName(statement.speaker ?? "")),
  );
}
