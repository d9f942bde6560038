import "server-only";
import type { Database } from "@/db/client";
import { partyPickerOptions, sourcePickerOptions } from "@/lib/queries/picker-options";

/** What the event form's pickers search: parties by name and alias, sources by title, outlet and URL. */
export async function eventFormOptions(db: Database) {
  const [parties, sources] = await Promise.all([partyPickerOptions(db), sourcePickerOptions(db)]);
  return { parties, sources };
}
