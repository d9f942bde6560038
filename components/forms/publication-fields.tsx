import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

/**
 * Draft or published, and — when editing — the history note and the public
 * correction mark. Every edit form ends with these.
 */
/** `V` must have `publication`, `note` and `isCorrection` fields. */
export function PublicationFields<V extends FieldValues>({
  register,
  editing,
}: {
  register: UseFormRegister<V>;
  editing: boolean;
}) {
  return (
    <>
      <SelectField
        label="Publication"
        options={[
          { value: "draft", label: "Draft (editors only)" },
          { value: "published", label: "Published" },
        ]}
        {...register("publication" as Path<V>)}
      />
      {editing && (
        <div className="grid items-end gap-3 sm:grid-cols-[2fr_1fr]">
          <TextField label="Note for the history (optional)" {...register("note" as Path<V>)} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...register("isCorrection" as Path<V>)} /> Mark as a public correction
          </label>
        </div>
      )}
    </>
  );
}
