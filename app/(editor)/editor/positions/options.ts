import "server-only";
import type { Database } from "@/db/client";
import {
  listEventOptions,
  listPartyOptions,
  listPersonOptions,
  listSourceOptions,
  listTopicOptions,
} from "@/lib/queries/editor";

/** The choices the position form offers; speakers keep their party so the form can filter them. */
export async function positionFormOptions(db: Database) {
  const [parties, people, topics, events, sources] = await Promise.all([
    listPartyOptions(db),
    listPersonOptions(db),
    listTopicOptions(db),
    listEventOptions(db),
    listSourceOptions(db),
  ]);
  return {
    parties: parties.map((p) => ({
      value: p.id,
      label: p.aliases.length ? `${p.name} (${p.aliases.join(", ")})` : p.name,
    })),
    people: people.map((p) => ({
      value: p.id,
      label: p.title ? `${p.name}, ${p.title}` : p.name,
      partyId: p.partyId,
    })),
    topics: topics.map((t) => ({ value: t.id, label: t.name })),
    events: events.map((e) => ({ value: e.id, label: `${e.startsOn} — ${e.title}` })),
    sources: sources.map((s) => ({ value: s.id, label: [s.title, s.outlet].filter(Boolean).join(" — ") })),
  };
}
