import type { AxisParty, AxisTopic } from "@/lib/queries/compare";

type Props = {
  /** The process compared; null: every process. */
  process: string | null;
  processes: { slug: string; name: string }[];
  a: string;
  b: string | null;
  parties: AxisParty[];
  topics: AxisTopic[];
  partySlugs: string[];
  topicSlugs: string[];
  changedOnly: boolean;
};

const fieldLabel = "block text-xs font-semibold uppercase tracking-wide text-muted";
const inputClass = "mt-1 block rounded-sm border border-[#8f8b82] bg-white px-2 py-1 text-sm";

/**
 * A plain GET form: it works without JavaScript and its result is a link that
 * reopens the same comparison. Unticked filter groups mean "all".
 */
export function CompareForm(props: Props) {
  return (
    <form method="get" action="/compare" className="space-y-3" aria-label="Choose what to compare">
      <div className="flex flex-wrap items-end gap-4">
        {props.processes.length > 1 || props.process ? (
          <label className={fieldLabel}>
            Process
            <select name="process" defaultValue={props.process ?? ""} className={inputClass}>
              <option value="">Every process</option>
              {props.processes.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className={fieldLabel}>
          Date A
          <input type="date" name="a" defaultValue={props.a} required className={inputClass} />
        </label>
        <label className={fieldLabel}>
          Date B <span className="normal-case font-normal">(optional)</span>
          <input type="date" name="b" defaultValue={props.b ?? ""} className={inputClass} />
        </label>
        <label className="flex items-center gap-2 pb-1 text-sm">
          <input type="checkbox" name="changed" value="1" defaultChecked={props.changedOnly} />
          Changed only
        </label>
        <button
          type="submit"
          className="rounded-sm bg-ink px-4 py-1.5 text-sm font-semibold text-white hover:bg-black"
        >
          Compare
        </button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <FilterGroup legend="Parties" name="parties" options={props.parties} selected={props.partySlugs} />
        <FilterGroup legend="Topics" name="topics" options={props.topics} selected={props.topicSlugs} />
      </div>
    </form>
  );
}

function FilterGroup({
  legend,
  name,
  options,
  selected,
}: {
  legend: string;
  name: string;
  options: { slug: string; name: string }[];
  selected: string[];
}) {
  return (
    <details className="rounded-sm border border-rule bg-white px-3 py-2" open={selected.length > 0}>
      <summary className="cursor-pointer text-sm font-medium">
        {legend}: {selected.length > 0 ? `${selected.length} selected` : "all"}
      </summary>
      <fieldset className="mt-2">
        <legend className="sr-only">{legend} to show (none ticked shows all)</legend>
        <div className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
          {options.map((o) => (
            <label key={o.slug} className="flex items-center gap-2">
              <input type="checkbox" name={name} value={o.slug} defaultChecked={selected.includes(o.slug)} />
              {o.name}
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
