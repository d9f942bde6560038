"use server";

import { z } from "zod";
import { type ActionResult, authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import {
  createSource,
  findSourceByUrl,
  restoreSourceRevision,
  type SourceSaveResult,
  setSourceDeleted,
  updateSource,
} from "@/lib/services/sources";
import { restoreRef, versionRef } from "@/lib/validation/common";
import { normalizeSourceUrl, sourceInput, sourceUpdate } from "@/lib/validation/sources";

function answer(result: SourceSaveResult, stale: string): ActionResult<{ version: number }> {
  if (result.ok) return { ok: true, value: { version: result.value.version } };
  if (result.reason === "conflict") return { ok: false, status: 409, error: stale, current: result.current };
  if (result.reason === "duplicate_url")
    return {
      ok: false,
      status: 422,
      error: "Another source has this URL",
      fieldErrors: { url: [`Already stored as “${result.existing.title}”: cite that source instead`] },
    };
  return { ok: false, status: 404, error: "No such source" };
}

export const createSourceAction = authorizedAction("editor", sourceInput, async (input, user) => {
  const result = await createSource(getDb(), input, { userId: user.id, note: input.note });
  return result.created
    ? { ok: true, value: { id: result.source.id, title: result.source.title, existing: false } }
    : { ok: true, value: { id: result.existing.id, title: result.existing.title, existing: true } };
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
    return { ok: true, value: existing };
  },
);
