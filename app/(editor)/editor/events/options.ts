import "server-only";
import type { Database } from "@/db/client";
import { listPartyOptions, listSourceOptions } from "@/lib/queries/editor";

/** Party and source choices for the event form; aliases in the label so a browser's type-ahead finds them. */
export async function eventFormOptions(db: Database) {
  const [parties, sources] = await Promise.all([listPartyOptions(db), listSourceOptions(db)]);
  return {
    parties: parties.map((p) => ({
      value: p.id,
      label: p.aliases.length ? `${p.name} (${p.aliases.join(", ")})` : p.name,
    })),
    sources: sources.map((s) => ({ value: s.id, label: [s.title, s.outlet].filter(Boolean).join(" — ") })),
  };
}
