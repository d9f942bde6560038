import { isOneOf } from "@/lib/domain/vocabulary";

/** The embed's own parameters, beside the timeline's view: not part of the view a credit link shares. */
export const EMBED_PARAMS = ["list", "height", "theme"] as const;

export type EmbedOptions = { list: boolean; height: number | null; theme: "light" | "dark" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `list=1` adds the list under the canvas; `height` (200–2000 px) fixes the frame's height; `theme=dark`. */
export function parseEmbedOptions(params: Record<string, string | string[] | undefined>): EmbedOptions {
  const height = Number.parseInt(first(params.height) ?? "", 10);
  return {
    list: first(params.list) === "1",
    height: Number.isFinite(height) ? Math.min(2000, Math.max(200, height)) : null,
    theme: first(params.theme) === "dark" ? "dark" : "light",
  };
}

/** The query of the same view on Parley itself, without the embed's own parameters. */
export function viewQuery(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) =>
      v === undefined || isOneOf(EMBED_PARAMS, k) ? [] : [[k, Array.isArray(v) ? v.join(",") : v]],
    ),
  ).toString();
  return query ? `?${query}` : "";
}
