import type { EventFormValues } from "@/lib/validation/events";
import type { PositionFormValues } from "@/lib/validation/positions";

type Props<V> = {
  /** What is being edited, for the heading: "event", "position". */
  noun: string;
  /** The fields to compare, with their labels. */
  fields: readonly (readonly [keyof V, string])[];
  theirs: V;
  startedFrom: V;
  mine: V;
  onReapply: () => void;
  onTakeTheirs: () => void;
};

export const eventConflictFields: [keyof EventFormValues, string][] = [
  ["title", "Title"],
  ["summary", "Summary"],
  ["kind", "Kind"],
  ["status", "Status"],
  ["format", "Format"],
  ["startsOn", "Starts on"],
  ["endsOn", "Ends on"],
  ["datePrecision", "Date precision"],
  ["locationName", "Location"],
  ["country", "Country"],
  ["publication", "Publication"],
  ["participants", "Participants"],
  ["people", "People present"],
  ["sources", "Sources"],
];

export const positionConflictFields: [keyof PositionFormValues, string][] = [
  ["partyId", "Party"],
  ["personId", "Speaker"],
  ["topicId", "Topic"],
  ["statedOn", "Stated on"],
  ["datePrecision", "Date precision"],
  ["kind", "Kind"],
  ["stance", "Stance"],
  ["summary", "Summary"],
  ["quote", "Quote"],
  ["eventId", "Event"],
  ["publication", "Publication"],
  ["sources", "Sources"],
];

const show = (v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v);

/** What the other save changed, next to what this editor has typed; nothing typed is lost. */
export function ConflictPanel<V extends object>({
  noun,
  fields,
  theirs,
  startedFrom,
  mine,
  onReapply,
  onTakeTheirs,
}: Props<V>) {
  const changed = fields.filter(([key]) => show(theirs[key]) !== show(startedFrom[key]));
  return (
    <section
      role="alert"
      aria-label="Edit conflict"
      className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm"
    >
      <h2 className="font-bold">Someone saved this {noun} while you were editing</h2>
      <p>Your text is still in the form. Fields they changed:</p>
      <table className="my-2 w-full">
        <thead>
          <tr className="text-left">
            <th>Field</th>
            <th>Their version</th>
            <th>Yours</th>
          </tr>
        </thead>
        <tbody>
          {changed.map(([key, label]) => (
            <tr key={String(key)} className="border-t border-amber-300 align-top">
              <td>{label}</td>
              <td>{show(theirs[key])}</td>
              <td>{show(mine[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex gap-3">
        <button type="button" onClick={onReapply} className="rounded bg-ink px-3 py-1 text-white">
          Keep my changes on top of theirs
        </button>
        <button type="button" onClick={onTakeTheirs} className="underline">
          Discard mine, load theirs
        </button>
      </div>
    </section>
  );
}
