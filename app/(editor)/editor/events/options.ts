import "server-only";
import type { Database } from "@/db/client";
import { partyPickerOptions, personPickerOptions, sourcePickerOptions } from "@/lib/queries/picker-options";

/** What the event form's pickers search: parties and people by name and alias, sources by title, outlet and URL. */
export async function eventFormOptions(db: Database) {
  const [parties, people, sources] = await Promise.all([
    partyPickerOptions(db),
    personPickerOptions(db),
    sourcePickerOptions(db),
  ]);
  return { parties, people, sources };
}
