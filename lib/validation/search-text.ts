import { z } from "zod";
import { cleanSearchText, MAX_QUERY_LENGTH } from "./rules";

/**
 * The one schema for what a reader or editor types into a search box, used by
 * the read API, the timeline and its endpoint, the feeds and the editor lists:
 * at most 200 characters, control characters dropped, trimmed.
 */
export const searchText = z
  .string()
  .max(MAX_QUERY_LENGTH, `At most ${MAX_QUERY_LENGTH} characters`)
  .transform(cleanSearchText);

/** An editor list's `q` from its URL: the search text, or "" when absent or unusable (too long). */
export function editorListQuery(raw: string | string[] | undefined): string {
  const parsed = searchText.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return parsed.success ? parsed.data : "";
}
