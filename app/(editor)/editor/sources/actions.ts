"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { createSource, findSourceByUrl } from "@/lib/services/sources";
import { normalizeSourceUrl, sourceInput } from "@/lib/validation/sources";

export const createSourceAction = authorizedAction("editor", sourceInput, async (input, user) => {
  const result = await createSource(getDb(), input, { userId: user.id });
  return result.created
    ? { ok: true, value: { id: result.source.id, existing: false } }
    : { ok: true, value: { id: result.existing.id, existing: true } };
});

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
