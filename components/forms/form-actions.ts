/**
 * The server actions each form calls, as types. Pages pass the actions in as
 * props (app/(editor)/editor/form-actions.ts builds them), so nothing under
 * components/ imports app/; a form that creates rows inline passes its
 * `entry` or `source` actions on to the inline form.
 */

import type { DirectoryKind } from "@/lib/domain";
import type { DirectoryFormValues, Editing, SourceFormValues } from "@/lib/form-values";
import type { Result } from "@/lib/result";
import type { EventFormValues, EventInput } from "@/lib/validation/events";
import type { PositionFormValues, PositionInput } from "@/lib/validation/positions";
import type { SourceInput } from "@/lib/validation/sources";

/** A server action as a form calls it; `C` is what a 409 carries. */
export type Action<I, T, C = never> = (input: I) => Promise<Result<T, C>>;

type Saved = { id: string; version: number };
type Update<I, V> = Action<{ id: string; baseVersion: number; data: I }, Saved, Editing<V>>;

export type EntryActions = {
  create: Action<{ kind: DirectoryKind; data: DirectoryFormValues }, Saved & { name: string }>;
  update: Action<
    { kind: DirectoryKind; data: DirectoryFormValues; id: string; baseVersion: number },
    Saved,
    Editing<DirectoryFormValues>
  >;
  /** The draft notice's one-click publish. */
  publish: Action<{ kind: DirectoryKind; id: string }, Saved, Editing<DirectoryFormValues>>;
};

export type SourceActions = {
  /** Answers the stored source instead when the URL is already known (`existing: true`). */
  create: Action<SourceInput, { id: string; title: string; existing: boolean }>;
  update: Update<SourceInput, SourceFormValues>;
  findByUrl: Action<{ url: string }, { id: string; title: string; url: string | null } | null>;
};

/** What the event and position forms need besides their own saves: inline creation and publishing. */
type LinkActions = { entry: EntryActions; source: SourceActions };

export type EventActions = LinkActions & {
  create: Action<EventInput, Saved>;
  update: Update<EventInput, EventFormValues>;
};

export type PositionActions = LinkActions & {
  create: Action<PositionInput, Saved, Editing<PositionFormValues>>;
  update: Update<PositionInput, PositionFormValues>;
};
