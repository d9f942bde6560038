"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import { editing, positionFormValues } from "@/lib/form-values";
import { mapResult } from "@/lib/result";
import {
  createPosition,
  deletePosition,
  type PositionSnapshot,
  positionSnapshotToInput,
  restorePositionRevision,
  undeletePosition,
  updatePosition,
} from "@/lib/services/positions";
import { editMeta } from "@/lib/services/revisions";
import type { SaveResult } from "@/lib/services/versioned";
import { restoreRef, versionRef } from "@/lib/validation/common";
import { positionInput, positionUpdate } from "@/lib/validation/positions";

// Positions feed the compare view and the home timeline as well as their own page.
function refresh(id: string) {
  revalidatePath("/");
  revalidatePath("/compare");
  revalidatePath(`/positions/${id}`);
}

/** A save as the form reads it: the new version, or a 409 carrying the position now as form values. */
function answer(result: SaveResult<PositionSnapshot>, words: { 409?: string; 404?: string } = {}) {
  if (result.ok) refresh(result.value.id);
  return mapResult(
    result,
    (saved) => ({ id: saved.id, version: saved.version }),
    (current) => editing(current, (s) => positionFormValues(positionSnapshotToInput(s))),
    words,
  );
}

export const createPositionAction = authorizedAction("editor", positionInput, async (input, user) =>
  answer(await createPosition(getDb(), input, { userId: user.id, note: input.note, isCorrection: false })),
);

export const updatePositionAction = authorizedAction(
  "editor",
  positionUpdate,
  async ({ id, baseVersion, data }, user) =>
    answer(await updatePosition(getDb(), id, baseVersion, data, editMeta(user, data)), {
      409: "Someone saved this position after you opened it",
      404: "No such position",
    }),
);

export const restorePositionAction = authorizedAction(
  "editor",
  restoreRef,
  async ({ id, version, baseVersion }, user) =>
    answer(await restorePositionRevision(getDb(), id, version, baseVersion, { userId: user.id }), {
      409: "The position changed; reload the history",
      404: "No such version",
    }),
);

export const deletePositionAction = authorizedAction(
  "editor",
  versionRef,
  async ({ id, baseVersion }, user) =>
    answer(await deletePosition(getDb(), id, baseVersion, { userId: user.id }), {
      409: "The position changed; reload and try again",
      404: "Reload and try again",
    }),
);

/** Bringing a deleted position back is for admins only. */
export const undeletePositionAction = authorizedAction(
  "admin",
  versionRef,
  async ({ id, baseVersion }, user) =>
    answer(await undeletePosition(getDb(), id, baseVersion, { userId: user.id }), {
      409: "Reload and try again",
      404: "Reload and try again",
    }),
);
