"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import {
  createPosition,
  deletePosition,
  restorePositionRevision,
  undeletePosition,
  updatePosition,
} from "@/lib/services/positions";
import { restoreRef, versionRef } from "@/lib/validation/common";
import { positionInput, positionUpdate } from "@/lib/validation/positions";

function speakerError(): ActionResult<never> {
  return {
    ok: false,
    status: 422,
    error: "Some fields are not valid",
    fieldErrors: { personId: ["This speaker does not speak for the chosen party"] },
  };
}

// Positions feed the compare view and the home timeline as well as their own page.
function refresh(id: string) {
  revalidatePath("/");
  revalidatePath("/compare");
  revalidatePath(`/positions/${id}`);
}

export const createPositionAction = authorizedAction("editor", positionInput, async (input, user) => {
  const saved = await createPosition(getDb(), input, {
    userId: user.id,
    note: input.note,
    isCorrection: false,
  });
  if (!saved.ok) return speakerError();
  refresh(saved.value.id);
  return { ok: true, value: { id: saved.value.id, version: saved.value.version } };
});

export const updatePositionAction = authorizedAction(
  "editor",
  positionUpdate,
  async ({ id, baseVersion, data }, user) => {
    const result = await updatePosition(getDb(), id, baseVersion, data, {
      userId: user.id,
      note: data.note,
      isCorrection: data.isCorrection,
    });
    if (result.ok) {
      refresh(id);
      return { ok: true, value: { id, version: result.value.version } };
    }
    if (result.reason === "speaker_not_in_party") return speakerError();
    if (result.reason === "conflict") {
      return {
        ok: false,
        status: 409,
        error: "Someone saved this position after you opened it",
        current: result.current,
      };
    }
    return { ok: false, status: 404, error: "No such position" };
  },
);

export const restorePositionAction = authorizedAction(
  "editor",
  restoreRef,
  async ({ id, version, baseVersion }, user) => {
    const result = await restorePositionRevision(getDb(), id, version, baseVersion, { userId: user.id });
    if (result.ok) {
      refresh(id);
      return { ok: true, value: { version: result.value.version } };
    }
    if (result.reason === "conflict") {
      return {
        ok: false,
        status: 409,
        error: "The position changed; reload the history",
        current: result.current,
      };
    }
    // A speaker moved to another party since that version: the old content cannot be saved as is.
    if (result.reason === "speaker_not_in_party") return speakerError();
    return { ok: false, status: 404, error: "No such version" };
  },
);

export const deletePositionAction = authorizedAction(
  "editor",
  versionRef,
  async ({ id, baseVersion }, user) => {
    const result = await deletePosition(getDb(), id, baseVersion, { userId: user.id });
    if (result.ok) {
      refresh(id);
      return { ok: true, value: { version: result.value.version } };
    }
    if (result.reason === "conflict")
      return {
        ok: false,
        status: 409,
        error: "The position changed; reload and try again",
        current: result.current,
      };
    return { ok: false, status: 404, error: "Reload and try again" };
  },
);

/** Bringing a deleted position back is for admins only. */
export const undeletePositionAction = authorizedAction(
  "admin",
  versionRef,
  async ({ id, baseVersion }, user) => {
    const result = await undeletePosition(getDb(), id, baseVersion, { userId: user.id });
    if (!result.ok) return { ok: false, status: 404, error: "Reload and try again" };
    refresh(id);
    return { ok: true, value: { version: result.value.version } };
  },
);
