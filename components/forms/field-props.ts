import type { FieldValues, Path, RegisterOptions, UseFormReturn } from "react-hook-form";

/**
 * A field's `register` props with its error message, as TextField, SelectField
 * and TextAreaField take them: `<TextField label="Title" {...field("title")} />`.
 */
export function fieldProps<V extends FieldValues>(form: UseFormReturn<V, unknown, unknown>) {
  return <N extends Path<V>>(name: N, options?: RegisterOptions<V, N>) => ({
    ...form.register(name, options),
    error: form.getFieldState(name, form.formState).error?.message,
  });
}
