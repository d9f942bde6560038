/** One choice in a search-as-you-type picker: built by lib/queries/picker-options.ts, shown by components/forms/picker.tsx. */
export type PickerOption = {
  value: string;
  label: string;
  /** Other names the search also matches ("Kiev" for Kyiv). */
  aliases?: readonly string[];
  /** A second line: a title, an outlet, a date. */
  hint?: string | null;
  /** Shown after the label, e.g. "draft" or "deleted". */
  badge?: string | null;
};
