import { isSlug } from "../validation/rules";

/**
 * How a selected timeline item is named in the URL (`sel`): an event by its
 * slug, which reads well in a shared link; a position by `p-<uuid>`.
 */
export type ItemRef = { type: "event"; slug: string } | { type: "position"; id: string };

export function itemRefOf(item: { type: "event" | "position"; id: string; slug: string | null }): string {
  return item.type === "event" && item.slug ? item.slug : `p-${item.id}`;
}

export function parseItemRef(value: string): ItemRef | null {
  if (/^p-[0-9a-f-]{36}$/.test(value)) return { type: "position", id: value.slice(2) };
  return isSlug(value) ? { type: "event", slug: value } : null;
}
