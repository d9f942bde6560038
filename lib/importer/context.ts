import type { DateMention } from "./dates";
import type { PersonMention } from "./names";
import type { Directory } from "./types";

/** What the article was last talking about: who ("he said") and when ("earlier in the day"). */
export type ReadingContext = {
  directory: Directory;
  publishedOn: string;
  lastPerson: PersonMention | null;
  lastDate: DateMention | null;
};

/** The context's date, never later than publication: a statement cannot be made in the future. */
export function contextDate(ctx: ReadingContext): Pick<DateMention, "startsOn" | "precision"> {
  const last = ctx.lastDate;
  if (!last || last.startsOn > ctx.publishedOn) return { startsOn: ctx.publishedOn, precision: "day" };
  return { startsOn: last.startsOn, precision: last.precision };
}
