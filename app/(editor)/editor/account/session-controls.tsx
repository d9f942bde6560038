"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { removeAllDrafts } from "@/components/forms/draft-storage";
import { fieldProps } from "@/components/forms/field-props";
import { TextField } from "@/components/forms/text-field";
import { zodResolver } from "@/components/forms/zod-resolver";
import { type ChangePasswordInput, changePasswordInput } from "@/lib/validation/users";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export function ChangePasswordForm() {
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: "", newPassword: "", signOutOthers: true },
  });
  const field = fieldProps(form);
  async function onSubmit(values: ChangePasswordInput) {
    setDone(false);
    setError(null);
    const result = await changePasswordAction(values).catch(() => null);
    if (!result) return setError("Could not reach the server. Nothing was changed; try again.");
    if (result.ok) {
      form.reset();
      setDone(true);
      return;
    }
    if ("fieldErrors" in result) {
      for (const [field, messages] of Object.entries(result.fieldErrors))
        if (field === "currentPassword" || field === "newPassword")
          form.setError(field, { message: messages[0] });
      return;
    }
    setError(result.error);
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-sm space-y-3">
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...field("currentPassword")}
      />
      <TextField label="New password" type="password" autoComplete="new-password" {...field("newPassword")} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("signOutOthers")} />
        Sign out my other browsers and devices
      </label>
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="rounded bg-ink px-3 py-1.5 text-sm text-white"
      >
        Change password
      </button>
      {done && (
        <p role="status" className="text-sm">
          Password changed.
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}

export function SignOutEverywhereButton() {
  const [error, setError] = useState<string | null>(null);
  async function onClick() {
    const result = await signOutEverywhereAction({}).catch(() => null);
    if (!result?.ok) return setError("Could not sign out everywhere. Try again.");
    removeAllDrafts();
    window.location.assign("/sign-in");
  }
  return (
    <div className="space-y-1">
      <button type="button" onClick={onClick} className="rounded border border-rule px-3 py-1.5 text-sm">
        Sign out everywhere
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
