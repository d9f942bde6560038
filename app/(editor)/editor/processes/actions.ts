"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import { editing } from "@/lib/form-values";
import { invalid, mapResult, ok, type Result } from "@/lib/result";
import { isForeignKeyViolation } from "@/lib/services/pg-errors";
import {
  createProcess,
  type ProcessSnapshot,
  publishProcess,
  restoreProcessRevision,
  setProcessDeleted,
  updateProcess,
} from "@/lib/services/processes";
import type { SaveResult } from "@/lib/services/versioned";
import { restoreRef, versionRef } from "@/lib/validation/common";
import { processFormValues, processInput, processUpdate } from "@/lib/validation/processes";

/** A save's result as the form and buttons expect it; a stale version is a 409 carrying the row now. */
function answer(result: SaveResult<ProcessSnapshot>, stale: string) {
  return mapResult(
    result,
    (saved) => ({ id: saved.id, version: saved.version }),
    (current) => editing(current, processFormValues),
    { 404: "No such process", 409: stale },
  );
}

/** A party or source removed for good between the form loading and the save: a field error, not a crash. */
async function linksMustExist<T, C = never>(save: () => Promise<Result<T, C>>): Promise<Result<T, C>> {
  try {
    return await save();
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    return invalid({ parties: ["A chosen party or source no longer exists"] });
  }
}

export const createProcessAction = authorizedAction("editor", processInput, (input, user) =>
  linksMustExist(async () => {
    const saved = await createProcess(getDb(), input, { userId: user.id, note: input.note });
    return ok({ id: saved.id, version: saved.version, name: saved.name });
  }),
);

export const updateProcessAction = authorizedAction(
  "editor",
  processUpdate,
  ({ id, baseVersion, data }, user) =>
    linksMustExist(async () =>
      answer(
        await updateProcess(getDb(), id, baseVersion, data, {
          userId: user.id,
          note: data.note,
          isCorrection: data.isCorrection,
        }),
        "Someone saved this process after you opened it",
      ),
    ),
);

export const deleteProcessAction = authorizedAction("editor", versionRef, async ({ id, baseVersion }, user) =>
  answer(
    await setProcessDeleted(getDb(), id, baseVersion, true, { userId: user.id }),
    "The process changed; reload and try again",
  ),
);

/** Bringing a deleted process back is for admins only. */
export const undeleteProcessAction = authorizedAction(
  "admin",
  versionRef,
  async ({ id, baseVersion }, user) =>
    answer(
      await setProcessDeleted(getDb(), id, baseVersion, false, { userId: user.id }),
      "The process changed; reload and try again",
    ),
);

export const restoreProcessAction = authorizedAction(
  "editor",
  restoreRef,
  async ({ id, version, baseVersion }, user) =>
    answer(
      await restoreProcessRevision(getDb(), id, version, baseVersion, { userId: user.id }),
      "The process changed; reload the history",
    ),
);

/** The draft notice's one-click publish: the process as it is now becomes public, as a new version. */
export const publishProcessAction = authorizedAction(
  "editor",
  z.object({ id: z.uuid() }),
  async ({ id }, user) =>
    answer(await publishProcess(getDb(), id, { userId: user.id }), "The process changed; try again"),
);
