/**
 * Helpers for the closed vocabularies below: each is an `as const` tuple, so a
 * value read from a URL, a CSV or a raw SQL row can be narrowed without a cast.
 */

/** The union of a vocabulary's values. */
export type ValueOf<T extends readonly string[]> = T[number];

/** Whether `value` is one of `values`, narrowing it to their union. */
export function isOneOf<const T extends readonly string[]>(values: T, value: unknown): value is T[number] {
  const list: readonly unknown[] = values;
  return list.includes(value);
}

/**
 * The label of a value that may fall outside the vocabulary (a raw SQL row, an
 * old revision snapshot): the label when there is one, else the value itself.
 */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

/** A vocabulary as select or checkbox options: its label, else the value with spaces for underscores. */
export const selectOptions = (values: readonly string[], labels: Readonly<Record<string, string>> = {}) =>
  values.map((v) => ({ value: v, label: labels[v] ?? v.replace(/_/g, " ") }));
