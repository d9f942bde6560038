"use server";

import { z } from "zod";
import type { Source } from "@/db/schema";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import { editing, sourceFormValues } from "@/lib/form-values";
import { mapResult, ok } from "@/lib/result";
import {
  createSource,
  findSourceByUrl,
  restoreSourceRevision,
  setSourceDeleted,
  updateSource,
} from "@/lib/services/sources";
import type { SaveResult } from "@/lib/services/versioned";
import { restoreRef, versionRef } from "@/lib/validation/common";
import { normalizeSourceUrl, sourceInput, sourceUpdate } from "@/lib/validation/sources";

/** A save as the form reads it: the new version, or a 409 carrying the source now as form values. */
function answer(result: SaveResult<Source>, stale: string) {
  return mapResult(
    result,
    (saved) => ({ id: saved.id, version: saved.version }),
    (current) => editing(current, sourceFormValues),
    { 409: stale, 404: "No such source" },
  );
}

export const createSourceAction = authorizedAction("editor", sourceInput, async (input, user) => {
  const result = await createSource(getDb(), input, { userId: user.id, note: input.note });
  return result.created
    ? ok({ id: result.source.id, title: result.source.title, existing: false })
    : ok({ id: result.existing.id, title: result.existing.title, existing: true });
});

export const updateSourceAction = authorizedAction(
  "editor",
  sourceUpdate,
  async ({ id, baseVersion, data }, user) =>
    answer(
      await updateSource(getDb(), id, baseVersion, data, { userId: user.id, note: data.note }),
      "Someone saved this source after you opened it",
    ),
);

export const deleteSourceAction = authorizedAction("editor", versionRef, async ({ id, baseVersion }, user) =>
  answer(
    await setSourceDeleted(getDb(), id, baseVersion, true, { userId: user.id }),
    "The source changed; reload and try again",
  ),
);

/** Bringing a deleted source back is for admins only. */
export const undeleteSourceAction = authorizedAction("admin", versionRef, async ({ id, baseVersion }, user) =>
  answer(
    await setSourceDeleted(getDb(), id, baseVersion, false, { userId: user.id }),
    "The source changed; reload and try again",
  ),
);

export const restoreSourceAction = authorizedAction(
  "editor",
  restoreRef,
  async ({ id, version, baseVersion }, user) =>
    answer(
      await restoreSourceRevision(getDb(), id, version, baseVersion, { userId: user.id }),
      "The source changed; reload the history",
    ),
);

/** Called when a URL is pasted, to offer the existing source instead of a duplicate. */
export const findSourceByUrlAction = authorizedAction(
  "editor",
  z.object({ url: z.string().max(2000) }),
  async ({ url }) => {
    const normalized = normalizeSourceUrl(url);
    const existing = normalized ? await findSourceByUrl(getDb(), normalized) : null;
    return ok(existing);
  },
);
