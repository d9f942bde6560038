"use client";

import { useCallback, useState } from "react";
import type { PickerOption } from "@/lib/picker-option";

/** A picker's options plus the rows created or changed inline since the page loaded, newest first. */
export function useOptionList<T extends PickerOption>(initial: readonly T[]) {
  const [created, setCreated] = useState<T[]>([]);
  // Adding a row already listed (e.g. a draft just published) replaces it rather than listing it twice.
  const add = useCallback(
    (option: T) => setCreated((list) => [option, ...list.filter((o) => o.value !== option.value)]),
    [],
  );
  const options = created.length
    ? [...created, ...initial.filter((o) => !created.some((c) => c.value === o.value))]
    : initial;
  return [options, add] as const;
}
