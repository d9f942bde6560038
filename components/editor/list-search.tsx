import { MAX_QUERY_LENGTH } from "@/lib/validation/rules";

/** The search box above an editor list: a plain GET form, so it works before any script loads. */
export function ListSearch({ q, label, hint }: { q: string; label: string; hint: string }) {
  return (
    <search>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex min-w-0 flex-1 flex-col sm:max-w-md">
          {label}
          <input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={hint}
            className="mt-1 rounded border border-rule bg-white px-2 py-1"
          />
        </label>
        <button type="submit" className="rounded border border-ink px-3 py-1">
          Search
        </button>
      </form>
    </search>
  );
}
