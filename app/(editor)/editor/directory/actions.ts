"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { type ActionResult, authorizedAction } from "@/lib/actions/authorized-action";
import {
  createActor,
  publishActor,
  restoreActorRevision,
  setActorDeleted,
  updateActor,
} from "@/lib/services/directory";
import { isForeignKeyViolation } from "@/lib/services/pg-errors";
import type { SaveResult } from "@/lib/services/result";
import { actorKinds, actorPayload, actorUpdate, actorVersionRef } from "@/lib/validation/actors";
import { versionNumber } from "@/lib/validation/common";

/** A save's result as the forms and buttons expect it; a stale version is a 409 carrying the row now. */
function answer<T extends { version: number }>(
  result: SaveResult<T>,
  stale: string,
): ActionResult<{ version: number }> {
  if (result.ok) return { ok: true, value: { version: result.value.version } };
  if (result.reason === "conflict") return { ok: false, status: 409, error: stale, current: result.current };
  return { ok: false, status: 404, error: "Not found" };
}

/** Parties, people and topics share these actions; each payload is parsed by its own form's schema. */
/** A person's party deleted for good between the form loading and the save: a field error, not a crash. */
async function partyMustExist<T>(save: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await save();
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    return {
      ok: false,
      status: 422,
      error: "Some fields are not valid",
      fieldErrors: { partyId: ["That party does not exist"] },
    };
  }
}

export const createActorAction = authorizedAction("editor", actorPayload, (payload, user) =>
  partyMustExist(async () => {
    const saved = await createActor(getDb(), payload, { userId: user.id, note: payload.data.note });
    return { ok: true, value: { id: saved.id, version: saved.version, name: saved.name } };
  }),
);

export const updateActorAction = authorizedAction("editor", actorUpdate, (input, user) =>
  partyMustExist(async () => {
    const result = await updateActor(getDb(), input, input.id, input.baseVersion, {
      userId: user.id,
      note: input.data.note,
      isCorrection: input.data.isCorrection,
    });
    return answer(result, "Someone saved this after you opened it");
  }),
);

export const deleteActorAction = authorizedAction("editor", actorVersionRef, async (ref, user) =>
  answer(
    await setActorDeleted(getDb(), ref.kind, ref.id, ref.baseVersion, true, { userId: user.id }),
    "It changed; reload and try again",
  ),
);

/** Bringing a deleted row back is for admins only. */
export const undeleteActorAction = authorizedAction("admin", actorVersionRef, async (ref, user) =>
  answer(
    await setActorDeleted(getDb(), ref.kind, ref.id, ref.baseVersion, false, { userId: user.id }),
    "It changed; reload and try again",
  ),
);

export const restoreActorAction = authorizedAction(
  "editor",
  actorVersionRef.extend({ version: versionNumber }),
  async (ref, user) =>
    answer(
      await restoreActorRevision(getDb(), ref.kind, ref.id, ref.version, ref.baseVersion, {
        userId: user.id,
      }),
      "It changed; reload the history",
    ),
);

/** The draft notice's one-click publish: the row as it is now becomes public, as a new version. */
export const publishActorAction = authorizedAction(
  "editor",
  z.object({ kind: z.enum(actorKinds), id: z.uuid() }),
  async ({ kind, id }, user) =>
    answer(await publishActor(getDb(), kind, id, { userId: user.id }), "It changed; try again"),
);
