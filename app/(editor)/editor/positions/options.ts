import "server-only";
import type { Database } from "@/db/client";
import {
  eventPickerOptions,
  partyPickerOptions,
  personPickerOptions,
  sourcePickerOptions,
  topicPickerOptions,
} from "@/lib/queries/picker-options";

/** The choices the position form's pickers search; speakers keep their party so the form can filter them. */
export async function positionFormOptions(db: Database) {
  const [parties, people, topics, events, sources] = await Promise.all([
    partyPickerOptions(db),
    personPickerOptions(db),
    topicPickerOptions(db),
    eventPickerOptions(db),
    sourcePickerOptions(db),
  ]);
  return { parties, people, topics, events, sources };
}
