import {
  type FieldError,
  type FieldValues,
  get,
  type Path,
  type RegisterOptions,
  type UseFormReturn,
} from "react-hook-form";

/**
 * A field's `register` props with its error message, as TextField, SelectField
 * and TextAreaField take them: `<TextField label="Title" {...field("title")} />`.
 * Only `formState.errors` is read, so the form re-renders exactly as before.
 */
export function fieldProps<V extends FieldValues>(form: UseFormReturn<V, unknown, unknown>) {
  return <N extends Path<V>>(name: N, options?: RegisterOptions<V, N>) => {
    const error: FieldError | undefined = get(form.formState.errors, name);
    return { ...form.register(name, options), error: error?.message };
  };
}
