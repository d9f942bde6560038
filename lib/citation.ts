/**
 * How to cite a view of Parley: one plain-text line naming the view, its
 * permalink, the data version and the licence. Client-safe and pure, so the
 * server page and the copy button build the same text. The text is rendered as
 * a React text node, never as HTML: nothing here escapes or marks anything up.
 */

/** Query keys of each public view in the order their permalinks list them (lib/timeline/url.ts, lib/validation/compare.ts). */
export const viewParamOrder = {
  timeline: ["process", "from", "to", "parties", "kinds", "topics", "status", "q", "sel", "lanes"],
  compare: ["process", "a", "b", "parties", "topics", "changed", "page"],
  page: [],
} as const satisfies Record<string, readonly string[]>;

export type CitedView = keyof typeof viewParamOrder;

/**
 * The absolute permalink of `pathname` with `search`'s parameters in canonical
 * order: the view's known keys first, in `order`, then any others by name.
 * Nothing is dropped, and repeated keys keep their relative order, so the
 * permalink opens exactly the view it was taken from.
 */
export function canonicalPermalink(
  origin: string,
  pathname: string,
  search: URLSearchParams | string,
  order: readonly string[] = [],
): string {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const entries = [...params.entries()];
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  // Array.prototype.sort is stable, so equal keys stay in the order the URL had them.
  entries.sort(([a], [b]) => rank(a) - rank(b) || (rank(a) === order.length ? a.localeCompare(b) : 0));
  // Commas stay readable in a cited link (lists are comma-joined); URLSearchParams would write %2C.
  const query = new URLSearchParams(entries).toString().replaceAll("%2C", ",");
  const url = new URL(pathname, `${origin.replace(/\/+$/, "")}/`);
  return `${url.origin}${url.pathname}${query ? `?${query}` : ""}`;
}

/** "CC-BY-4.0" → "CC BY 4.0": the licence's SPDX id as people write it. */
export function licenceName(id: string): string {
  return /^CC-/i.test(id) ? id.replace(/-/g, " ") : id;
}

export type CitationParts = {
  title: string;
  permalink: string;
  datasetVersion: string;
  /** YYYY-MM-DD (UTC). */
  retrieved: string;
  licence: string;
};

/** "Parley, ‘<title>’, <permalink>, data version <v>, retrieved <date>. Licence CC BY 4.0." */
export function citationText(parts: CitationParts): string {
  const title = parts.title.replace(/\s+/g, " ").trim();
  return `Parley, ‘${title}’, ${parts.permalink}, data version ${parts.datasetVersion}, retrieved ${parts.retrieved}. Licence ${licenceName(parts.licence)}.`;
}
