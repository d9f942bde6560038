"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import { directoryKinds } from "@/lib/domain";
import { directoryFormValues, editing } from "@/lib/form-values";
import { invalid, mapResult, ok, type Result } from "@/lib/result";
import {
  createEntry,
  type EntrySnapshot,
  publishEntry,
  restoreEntryRevision,
  setEntryDeleted,
  updateEntry,
} from "@/lib/services/directory";
import { isForeignKeyViolation } from "@/lib/services/pg-errors";
import { editMeta } from "@/lib/services/revisions";
import type { SaveResult } from "@/lib/services/versioned";
import { versionNumber } from "@/lib/validation/common";
import { entryPayload, entryUpdate, entryVersionRef } from "@/lib/validation/directory";

/** A save's result as the forms and buttons expect it; a stale version is a 409 carrying the row now. */
function answer(result: SaveResult<EntrySnapshot>, stale: string) {
  return mapResult(
    result,
    (saved) => ({ id: saved.id, version: saved.version }),
    (current) => editing(current, directoryFormValues),
    { 409: stale },
  );
}

/** Parties, people and topics share these actions; each payload is parsed by its own form's schema. */
/** A person's party deleted for good between the form loading and the save: a field error, not a crash. */
async function partyMustExist<T, C = never>(save: () => Promise<Result<T, C>>): Promise<Result<T, C>> {
  try {
    return await save();
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    return invalid({ partyId: ["That party does not exist"] });
  }
}

export const createEntryAction = authorizedAction("editor", entryPayload, (payload, user) =>
  partyMustExist(async () => {
    const saved = await createEntry(getDb(), payload, { userId: user.id, note: payload.data.note });
    return ok({ id: saved.id, version: saved.version, name: saved.name });
  }),
);

export const updateEntryAction = authorizedAction("editor", entryUpdate, (input, user) =>
  partyMustExist(async () => {
    const result = await updateEntry(getDb(), input, input.id, input.baseVersion, editMeta(user, input.data));
    return answer(result, "Someone saved this after you opened it");
  }),
);

export const deleteEntryAction = authorizedAction("editor", entryVersionRef, async (ref, user) =>
  answer(
    await setEntryDeleted(getDb(), ref.kind, ref.id, ref.baseVersion, true, { userId: user.id }),
    "It changed; reload and try again",
  ),
);

/** Bringing a deleted row back is for admins only. */
export const undeleteEntryAction = authorizedAction("admin", entryVersionRef, async (ref, user) =>
  answer(
    await setEntryDeleted(getDb(), ref.kind, ref.id, ref.baseVersion, false, { userId: user.id }),
    "It changed; reload and try again",
  ),
);

export const restoreEntryAction = authorizedAction(
  "editor",
  entryVersionRef.extend({ version: versionNumber }),
  async (ref, user) =>
    answer(
      await restoreEntryRevision(getDb(), ref.kind, ref.id, ref.version, ref.baseVersion, {
        userId: user.id,
      }),
      "It changed; reload the history",
    ),
);

/** The draft notice's one-click publish: the row as it is now becomes public, as a new version. */
export const publishEntryAction = authorizedAction(
  "editor",
  z.object({ kind: z.enum(directoryKinds), id: z.uuid() }),
  async ({ kind, id }, user) =>
    answer(await publishEntry(getDb(), kind, id, { userId: user.id }), "It changed; try again"),
);
