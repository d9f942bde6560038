import "server-only";
import type { Database } from "@/db/client";
import { partyPickerOptions, personPickerOptions, sourcePickerOptions } from "@/lib/queries/picker-options";
import { processPickerOptions } from "@/lib/queries/process-editor";

/** What the event form's pickers search: parties and people by name and alias, sources by title, outlet and URL. */
export async function eventFormOptions(db: Database) {
  const [parties, people, sources, processes] = await Promise.all([
    partyPickerOptions(db),
    personPickerOptions(db),
    sourcePickerOptions(db),
    processPickerOptions(db),
  ]);
  return { parties, people, sources, processes };
}
