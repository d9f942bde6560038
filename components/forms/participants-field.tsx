"use client";

import { useRef, useState } from "react";
import { type Control, Controller, type FieldErrors, useFieldArray } from "react-hook-form";
import { participantRoles, roleLabel } from "@/lib/domain";
import type { EventFormValues, EventInput } from "@/lib/validation/events";
import { CreateDialog } from "./create-dialog";
import { DirectoryForm } from "./directory-form";
import { Picker, type PickerOption } from "./picker";
import { SelectField } from "./select-field";

const roleOptions = participantRoles.map((r) => ({ value: r, label: roleLabel[r] ?? r }));

/** Who took part and how; a party not yet stored can be created without leaving the form. */
export function ParticipantsField({
  control,
  errors,
  parties,
  onPartyCreated,
}: {
  control: Control<EventFormValues, unknown, EventInput>;
  errors: FieldErrors<EventFormValues>;
  parties: readonly PickerOption[];
  onPartyCreated: (option: PickerOption) => void;
}) {
  const participants = useFieldArray({ control, name: "participants" });
  // A removed row takes its button with it; focus goes back to "Add participant", never to the page.
  const addButton = useRef<HTMLButtonElement>(null);
  const [creatingFor, setCreatingFor] = useState<{ index: number; typed: string } | null>(null);
  return (
    <fieldset className="rounded border border-rule p-3">
      <legend className="px-1 text-sm font-medium">Participants</legend>
      {participants.fields.map((field, i) => (
        <div key={field.id} className="mb-3 grid items-end gap-2 sm:grid-cols-[2fr_1fr_auto]">
          <Controller
            control={control}
            name={`participants.${i}.partyId`}
            render={({ field: f }) => (
              <Picker
                label={`Party ${i + 1}`}
                noun="party"
                placeholder="Search by name or other name"
                options={parties}
                value={f.value ?? ""}
                onChange={f.onChange}
                onBlur={f.onBlur}
                inputRef={f.ref}
                onCreate={(typed) => setCreatingFor({ index: i, typed })}
                error={errors.participants?.[i]?.partyId?.message}
              />
            )}
          />
          <Controller
            control={control}
            name={`participants.${i}.role`}
            render={({ field: f }) => (
              <SelectField
                label={`Role ${i + 1}`}
                options={roleOptions}
                name={f.name}
                value={f.value}
                onChange={f.onChange}
                onBlur={f.onBlur}
                ref={f.ref}
              />
            )}
          />
          <button
            type="button"
            onClick={() => {
              participants.remove(i);
              addButton.current?.focus();
            }}
            className="mb-1 underline"
            aria-label={`Remove participant ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        ref={addButton}
        type="button"
        onClick={() =>
          participants.append(
            { partyId: "", role: "delegation" },
            { focusName: `participants.${participants.fields.length}.partyId` },
          )
        }
        className="underline"
      >
        Add participant
      </button>
      <CreateDialog title="New party" open={creatingFor !== null} onClose={() => setCreatingFor(null)}>
        {creatingFor && (
          <DirectoryForm
            kind="party"
            initial={{ name: creatingFor.typed }}
            onCreated={(party) => {
              // Created as published, it is no draft: the notice must not name it.
              onPartyCreated({
                value: party.id,
                label: party.name,
                badge: party.publication === "draft" ? "draft" : null,
              });
              const role = participants.fields[creatingFor.index]?.role ?? "delegation";
              participants.update(creatingFor.index, { partyId: party.id, role });
              setCreatingFor(null);
            }}
          />
        )}
      </CreateDialog>
    </fieldset>
  );
}
