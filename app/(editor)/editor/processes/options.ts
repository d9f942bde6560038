import "server-only";
import type { Database } from "@/db/client";
import { partyPickerOptions, sourcePickerOptions } from "@/lib/queries/picker-options";
import { sourceActions } from "../form-actions";
import { createProcessAction, updateProcessAction } from "./actions";

/** What the process form's pickers search, and the actions it saves through. */
export async function processFormProps(db: Database) {
  const [parties, sources] = await Promise.all([partyPickerOptions(db), sourcePickerOptions(db)]);
  return {
    parties,
    sources,
    actions: { create: createProcessAction, update: updateProcessAction, source: sourceActions },
  };
}
