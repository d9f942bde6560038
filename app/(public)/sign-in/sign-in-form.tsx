"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { fieldProps } from "@/components/forms/field-props";
import { TextField } from "@/components/forms/text-field";
import { zodResolver } from "@/components/forms/zod-resolver";
import { safeNextPath } from "@/lib/net/safe-next-path";
import { type SignInInput, signInInput } from "@/lib/validation/users";

/**
 * Posts to Better Auth's own endpoint, so its Origin check and database rate
 * limit apply (a server action calling auth.api would bypass the limiter).
 */
export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInInput),
    defaultValues: { email: "", password: "" },
  });
  const field = fieldProps(form);

  async function onSubmit(values: SignInInput) {
    setError(null);
    const response = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(values),
    });
    if (response.ok) {
      // Checked again here: the prop is the server's choice, but this line is the actual redirect.
      window.location.assign(safeNextPath(next));
      return;
    }
    setError(
      response.status === 429
        ? "Too many attempts. Wait a few seconds and try again."
        : "Wrong email or password, or the account is disabled.",
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <TextField label="Email" type="email" autoComplete="username" {...field("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" {...field("password")} />
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="rounded bg-ink px-4 py-2 text-white"
      >
        Sign in
      </button>
    </form>
  );
}
