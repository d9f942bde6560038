import "server-only";
import type { Database } from "@/db/client";
import type { PickerOption } from "@/lib/picker-option";
import type { EventPrefill } from "@/lib/position-prefill";
import {
  listEventOptions,
  listPartyOptions,
  listPersonOptions,
  listSourceOptions,
  listTopicOptions,
} from "./editor";

/** Drafts can be linked (they go public together), but the picker says which ones they are. */
const draftBadge = (publication: string) => (publication === "draft" ? "draft" : null);

export async function partyPickerOptions(db: Database): Promise<PickerOption[]> {
  return (await listPartyOptions(db)).map((p) => ({
    value: p.id,
    label: p.name,
    aliases: p.aliases,
    hint: p.aliases.length ? `also ${p.aliases.join(", ")}` : null,
    badge: draftBadge(p.publication),
  }));
}

export type PersonPickerOption = PickerOption & { partyId: string };

export async function personPickerOptions(db: Database): Promise<PersonPickerOption[]> {
  return (await listPersonOptions(db)).map((p) => ({
    value: p.id,
    label: p.name,
    aliases: p.aliases,
    hint: p.title,
    badge: draftBadge(p.publication),
    partyId: p.partyId,
  }));
}

export async function topicPickerOptions(db: Database): Promise<PickerOption[]> {
  return (await listTopicOptions(db)).map((t) => ({
    value: t.id,
    label: t.name,
    aliases: t.aliases,
    badge: draftBadge(t.publication),
  }));
}

/** An event in a picker, with what a position stated there takes from it. */
export type EventPickerOption = PickerOption & EventPrefill;

export async function eventPickerOptions(db: Database): Promise<EventPickerOption[]> {
  return (await listEventOptions(db)).map((e) => ({
    value: e.id,
    label: e.title,
    hint: [e.startsOn, e.locationName].filter(Boolean).join(" · "),
    badge: draftBadge(e.publication),
    startsOn: e.startsOn,
    datePrecision: e.datePrecision,
    partyIds: e.partyIds,
    sourceIds: e.sourceIds,
  }));
}

/** Sources are found by title, outlet or address. */
export async function sourcePickerOptions(db: Database): Promise<PickerOption[]> {
  return (await listSourceOptions(db)).map((s) => ({
    value: s.id,
    label: s.title,
    aliases: [s.outlet, s.url].filter((v): v is string => Boolean(v)),
    hint: [s.outlet, s.publishedOn].filter(Boolean).join(" · ") || null,
  }));
}
