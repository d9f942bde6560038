import {
  createLoader,
  createSerializer,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import { laneModes } from "../domain";

/**
 * The timeline's whole view state in the URL — window, filters, search,
 * selection, lane mode — so any view can be shared, cited and embedded, and
 * the back button works. Parsed here; validated by timelineQuerySchema.
 */
export const timelineUrlParsers = {
  process: parseAsString,
  from: parseAsString,
  to: parseAsString,
  parties: parseAsArrayOf(parseAsString).withDefault([]),
  kinds: parseAsArrayOf(parseAsString).withDefault([]),
  topics: parseAsArrayOf(parseAsString).withDefault([]),
  status: parseAsArrayOf(parseAsString).withDefault([]),
  q: parseAsString.withDefault(""),
  sel: parseAsString,
  lanes: parseAsStringLiteral(laneModes).withDefault("party"),
};

export const loadTimelineUrl = createLoader(timelineUrlParsers);
export const serializeTimelineUrl = createSerializer(timelineUrlParsers);
