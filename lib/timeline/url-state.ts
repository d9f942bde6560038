import { type LaneMode, laneModes } from "../domain";

/**
 * The timeline's URL state in the browser, without nuqs's client runtime (its
 * adapter and update queue were ~5 KB of `/`'s first load): the same reading
 * as `loadTimelineUrl` and the same writing as `serializeTimelineUrl`
 * (lib/timeline/url.ts, which the server keeps using); url-state.test.ts holds
 * the two to the same answers.
 */
export type TimelineUrlValues = {
  process: string | null;
  from: string | null;
  to: string | null;
  parties: string[];
  kinds: string[];
  topics: string[];
  status: string[];
  q: string;
  sel: string | null;
  lanes: LaneMode;
};

export type TimelineUrlChanges = {
  [K in keyof TimelineUrlValues]?: TimelineUrlValues[K] | null;
};

type ListKey = "parties" | "kinds" | "topics" | "status";

type ReadableSearch = { get(key: string): string | null };

function list(search: ReadableSearch, key: ListKey): string[] {
  const value = search.get(key);
  // A comma inside a value travels as %2C (see timelineSearchWith).
  return value ? value.split(",").map((item) => item.replaceAll("%2C", ",")) : [];
}

/** The URL's view values, as `loadTimelineUrl` reads them. */
export function readTimelineUrl(search: ReadableSearch): TimelineUrlValues {
  const lanes = search.get("lanes");
  return {
    process: search.get("process"),
    from: search.get("from"),
    to: search.get("to"),
    parties: list(search, "parties"),
    kinds: list(search, "kinds"),
    topics: list(search, "topics"),
    status: list(search, "status"),
    q: search.get("q") ?? "",
    sel: search.get("sel"),
    lanes: laneModes.find((mode) => mode === lanes) ?? "party",
  };
}

/** nuqs's value encoding, so links keep their readable commas and look as they did. */
function encodeValue(value: string): string {
  return (
    value
      .replace(/%/g, "%25")
      .replace(/\+/g, "%2B")
      .replace(/ /g, "+")
      .replace(/#/g, "%23")
      .replace(/&/g, "%26")
      .replace(/"/g, "%22")
      .replace(/'/g, "%27")
      .replace(/`/g, "%60")
      .replace(/</g, "%3C")
      .replace(/>/g, "%3E")
      // Below the space: control characters.
      .replace(/[^ -\uffff]/g, (char) => encodeURIComponent(char))
  );
}

/**
 * The query string (with its "?", or "" when empty) after `changes`: null, an
 * empty list, an empty string or a default (lanes=party) removes the key; other keys stay where they were.
 */
export function timelineSearchWith(current: string, changes: TimelineUrlChanges): string {
  const search = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? value.map((item) => item.replaceAll(",", "%2C")).join(",")
      : (value ?? "");
    const isDefault = Array.isArray(value)
      ? value.length === 0
      : text === "" || (key === "lanes" && text === "party");
    if (isDefault) search.delete(key);
    else search.set(key, text);
  }
  const pairs = [...search.entries()].map(([key, value]) => `${key}=${encodeValue(value)}`);
  return pairs.length ? `?${pairs.join("&")}` : "";
}
