import "server-only";
import type { Database } from "@/db/client";
import {
  eventPickerOptions,
  partyPickerOptions,
  personPickerOptions,
  sourcePickerOptions,
  topicPickerOptions,
} from "@/lib/queries/picker-options";
import { processPickerOptions } from "@/lib/queries/process-editor";

/** The choices the position form's pickers search; speakers keep their party so the form can filter them. */
export async function positionFormOptions(db: Database) {
  const [parties, people, topics, events, sources, processes] = await Promise.all([
    partyPickerOptions(db),
    personPickerOptions(db),
    topicPickerOptions(db),
    eventPickerOptions(db),
    sourcePickerOptions(db),
    processPickerOptions(db),
  ]);
  return { parties, people, topics, events, sources, processes };
}
