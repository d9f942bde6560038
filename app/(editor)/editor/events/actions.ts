"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import {
  createEvent,
  deleteEvent,
  restoreEventRevision,
  undeleteEvent,
  updateEvent,
} from "@/lib/services/events";
import { restoreRef, versionRef } from "@/lib/validation/common";
import { eventInput, eventUpdate } from "@/lib/validation/events";

function refresh(slug?: string) {
  revalidatePath("/");
  if (slug) revalidatePath(`/events/${slug}`);
}

export const createEventAction = authorizedAction("editor", eventInput, async (input, user) => {
  const saved = await createEvent(getDb(), input, { userId: user.id, note: input.note, isCorrection: false });
  refresh(saved.slug);
  return { ok: true, value: { id: saved.id, version: saved.version } };
});

export const updateEventAction = authorizedAction(
  "editor",
  eventUpdate,
  async ({ id, baseVersion, data }, user) => {
    const result = await updateEvent(getDb(), id, baseVersion, data, {
      userId: user.id,
      note: data.note,
      isCorrection: data.isCorrection,
    });
    if (result.ok) {
      refresh(result.value.slug);
      return { ok: true, value: { id, version: result.value.version } };
    }
    if (result.reason === "conflict") {
      return {
        ok: false,
        status: 409,
        error: "Someone saved this event after you opened it",
        current: result.current,
      };
    }
    return { ok: false, status: 404, error: "No such event" };
  },
);

export const restoreEventAction = authorizedAction(
  "editor",
  restoreRef,
  async ({ id, version, baseVersion }, user) => {
    const result = await restoreEventRevision(getDb(), id, version, baseVersion, { userId: user.id });
    if (result.ok) {
      refresh(result.value.slug);
      return { ok: true, value: { version: result.value.version } };
    }
    if (result.reason === "conflict") {
      return {
        ok: false,
        status: 409,
        error: "The event changed; reload the history",
        current: result.current,
      };
    }
    return { ok: false, status: 404, error: "No such version" };
  },
);

export const deleteEventAction = authorizedAction("editor", versionRef, async ({ id, baseVersion }, user) => {
  const result = await deleteEvent(getDb(), id, baseVersion, { userId: user.id });
  if (!result.ok) {
    return result.reason === "conflict"
      ? { ok: false, status: 409, error: "The event changed; reload and try again", current: result.current }
      : { ok: false, status: 404, error: "No such event" };
  }
  refresh(result.value.slug);
  return { ok: true, value: { version: result.value.version } };
});

/** Bringing a deleted event back is for admins only. */
export const undeleteEventAction = authorizedAction(
  "admin",
  versionRef,
  async ({ id, baseVersion }, user) => {
    const result = await undeleteEvent(getDb(), id, baseVersion, { userId: user.id });
    if (!result.ok) return { ok: false, status: 404, error: "Reload and try again" };
    refresh(result.value.slug);
    return { ok: true, value: { version: result.value.version } };
  },
);
