"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import { editing, eventFormValues } from "@/lib/form-values";
import { mapResult, ok } from "@/lib/result";
import {
  createEvent,
  deleteEvent,
  type EventSnapshot,
  restoreEventRevision,
  snapshotToInput,
  undeleteEvent,
  updateEvent,
} from "@/lib/services/events";
import { editMeta } from "@/lib/services/revisions";
import type { SaveResult } from "@/lib/services/versioned";
import { restoreRef, versionRef } from "@/lib/validation/common";
import { eventInput, eventUpdate } from "@/lib/validation/events";

function refresh(slug?: string) {
  revalidatePath("/");
  if (slug) revalidatePath(`/events/${slug}`);
}

/** A save as the form reads it: the new version, or a 409 carrying the event now as form values. */
function answer(result: SaveResult<EventSnapshot>, words: { 409: string; 404: string }) {
  if (result.ok) refresh(result.value.slug);
  return mapResult(
    result,
    (saved) => ({ id: saved.id, version: saved.version }),
    (current) => editing(current, (s) => eventFormValues(snapshotToInput(s))),
    words,
  );
}

export const createEventAction = authorizedAction("editor", eventInput, async (input, user) => {
  const saved = await createEvent(getDb(), input, { userId: user.id, note: input.note, isCorrection: false });
  refresh(saved.slug);
  return ok({ id: saved.id, version: saved.version });
});

export const updateEventAction = authorizedAction(
  "editor",
  eventUpdate,
  async ({ id, baseVersion, data }, user) =>
    answer(await updateEvent(getDb(), id, baseVersion, data, editMeta(user, data)), {
      409: "Someone saved this event after you opened it",
      404: "No such event",
    }),
);

export const restoreEventAction = authorizedAction(
  "editor",
  restoreRef,
  async ({ id, version, baseVersion }, user) =>
    answer(await restoreEventRevision(getDb(), id, version, baseVersion, { userId: user.id }), {
      409: "The event changed; reload the history",
      404: "No such version",
    }),
);

export const deleteEventAction = authorizedAction("editor", versionRef, async ({ id, baseVersion }, user) =>
  answer(await deleteEvent(getDb(), id, baseVersion, { userId: user.id }), {
    409: "The event changed; reload and try again",
    404: "No such event",
  }),
);

/** Bringing a deleted event back is for admins only. */
export const undeleteEventAction = authorizedAction("admin", versionRef, async ({ id, baseVersion }, user) =>
  answer(await undeleteEvent(getDb(), id, baseVersion, { userId: user.id }), {
    // Undelete never reported a conflict apart: a stale version is "reload".
    409: "Reload and try again",
    404: "Reload and try again",
  }),
);
