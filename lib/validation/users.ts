import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { roles } from "@/lib/auth/roles";

/** ASVS 5: at least 8 characters, long passphrases welcome, common passwords refused. */
export const password = z
  .string()
  .min(8, "At least 8 characters")
  .max(128, "At most 128 characters")
  .refine((value) => !isCommonPassword(value), "This password is too common; choose another");

export const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"));

/** Creating an account, from the CLI or the admin page. */
export const createUserInput = z.object({
  email,
  password,
  name: z.string().trim().max(120).optional(),
  role: z.enum(roles).default("editor"),
});
export type CreateUserInput = z.input<typeof createUserInput>;

export const signInInput = z.object({
  email,
  // Length only: a sign-in must not reveal which rule an old password breaks.
  password: z.string().min(1, "Required").max(128),
});
export type SignInInput = z.infer<typeof signInInput>;
