"use client";

import { useEffect, useRef } from "react";
import { type UseFormReturn, useWatch } from "react-hook-form";
import type { PickerOption } from "@/lib/picker-option";
import { type EventPrefill, prefillFromEvent } from "@/lib/position-prefill";
import type { PositionFormValues, PositionInput } from "@/lib/validation/positions";

/**
 * Picking the event a position was stated at fills the date, party and sources
 * the editor has not set yet — once per newly picked event, never on load.
 */
export function usePrefillFromEvent(
  form: UseFormReturn<PositionFormValues, unknown, PositionInput>,
  events: readonly (PickerOption & Partial<EventPrefill>)[],
  loadedEventId: string,
) {
  const eventId = useWatch({ control: form.control, name: "eventId" });
  const filledFrom = useRef(loadedEventId);
  useEffect(() => {
    if (!eventId || eventId === filledFrom.current) return;
    filledFrom.current = eventId;
    const event = events.find((e) => e.value === eventId);
    if (!event?.startsOn) return;
    const fill = prefillFromEvent(form.getValues(), {
      startsOn: event.startsOn,
      datePrecision: event.datePrecision ?? "day",
      partyIds: event.partyIds ?? [],
      sourceIds: event.sourceIds ?? [],
    });
    for (const [key, value] of Object.entries(fill)) form.setValue(key as keyof typeof fill, value as never);
  }, [eventId, events, form]);
}
