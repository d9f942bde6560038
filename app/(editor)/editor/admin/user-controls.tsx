"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { fieldProps } from "@/components/forms/field-props";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { zodResolver } from "@/components/forms/zod-resolver";
import { createUserInput } from "@/lib/validation/users";
import { createUserAction, setDisabledAction, setRoleAction } from "./actions";

export function UserRowControls({
  userId,
  role,
  disabled,
}: {
  userId: string;
  role: string;
  disabled: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function run(action: Promise<{ ok: boolean; error?: string }>) {
    const result = await action;
    if (result.ok) router.refresh();
    else setError(result.error ?? "Refused");
  }
  return (
    <span className="space-x-3">
      <button
        type="button"
        className="underline"
        onClick={() => run(setRoleAction({ userId, role: role === "admin" ? "editor" : "admin" }))}
      >
        Make {role === "admin" ? "editor" : "admin"}
      </button>
      <button
        type="button"
        className="underline"
        onClick={() => run(setDisabledAction({ userId, disabled: !disabled }))}
      >
        {disabled ? "Enable" : "Disable"}
      </button>
      {error && <span role="alert">{error}</span>}
    </span>
  );
}

export function CreateUserForm() {
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<z.input<typeof createUserInput>, unknown, z.output<typeof createUserInput>>({
    resolver: zodResolver(createUserInput),
    defaultValues: { email: "", password: "", name: "", role: "editor" },
  });
  const field = fieldProps(form);
  async function onSubmit(values: z.output<typeof createUserInput>) {
    const result = await createUserAction(values);
    setStatus(result.ok ? "Account created." : result.error);
    if (result.ok) {
      form.reset();
      router.refresh();
    }
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid max-w-2xl grid-cols-2 gap-3">
      <TextField label="Email" type="email" {...field("email")} />
      <TextField label="Name" {...field("name")} />
      <TextField
        label="Initial password"
        type="password"
        autoComplete="new-password"
        {...field("password")}
      />
      <SelectField
        label="Role"
        options={[
          { value: "editor", label: "Editor" },
          { value: "admin", label: "Admin" },
        ]}
        {...form.register("role")}
      />
      {status && (
        <p role="status" className="col-span-2 text-sm">
          {status}
        </p>
      )}
      <button type="submit" className="w-fit rounded bg-ink px-4 py-2 text-white">
        Create account
      </button>
    </form>
  );
}
