import { format, parseISO } from "date-fns";
import type { DatePrecision } from "@/db/schema/enums";

// parseISO reads 'YYYY-MM-DD' as local midnight and format writes local time, so no zone shift.
const day = (iso: string) => format(parseISO(iso), "d MMMM yyyy");
const month = (iso: string) => format(parseISO(iso), "MMMM yyyy");

/** "28 February 2022", "29–31 March 2022", "March 2022", "c. 28 March 2022". */
export function formatDateRange(startsOn: string, endsOn: string | null, precision: string): string {
  const p = precision as DatePrecision;
  if (p === "month") return month(startsOn);
  const prefix = p === "approximate" ? "c. " : "";
  if (!endsOn || endsOn === startsOn) return prefix + day(startsOn);
  const [sy, sm] = startsOn.split("-");
  const [ey, em] = endsOn.split("-");
  if (sy === ey && sm === em) {
    return `${prefix}${format(parseISO(startsOn), "d")}–${day(endsOn)}`;
  }
  if (sy === ey) return `${prefix}${format(parseISO(startsOn), "d MMMM")} – ${day(endsOn)}`;
  return `${prefix}${day(startsOn)} – ${day(endsOn)}`;
}

export const precisionLabel: Record<DatePrecision, string> = {
  day: "exact day",
  month: "month only",
  approximate: "approximate",
};
