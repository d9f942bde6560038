import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { roles } from "@/lib/auth/roles";

/**
 * ASVS 5: 8 to 128 characters, not counting spaces at either end (so eight
 * spaces are no password); long passphrases welcome; common passwords refused.
 */
export const password = z
  .string()
  .max(128, "At most 128 characters")
  .refine((value) => value.trim().length >= 8, "At least 8 characters, not counting spaces at either end")
  .refine((value) => !isCommonPassword(value), "This password is too common; choose another");

/** A password that is the account's own email is the first thing anyone tries. */
export function passwordIsEmail(value: string, accountEmail: string): boolean {
  return value.trim().toLowerCase() === accountEmail.trim().toLowerCase();
}
const notTheEmail = "The password must not be the account's email address";

export const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"));

/** Creating an account, from the CLI or the admin page. */
export const createUserInput = z
  .object({
    email,
    password,
    name: z.string().trim().max(120).optional(),
    role: z.enum(roles).default("editor"),
  })
  .refine((input) => !passwordIsEmail(input.password, input.email), {
    path: ["password"],
    message: notTheEmail,
  });
export type CreateUserInput = z.input<typeof createUserInput>;

export const signInInput = z.object({
  email,
  // Length only: a sign-in must not reveal which rule an old password breaks.
  password: z.string().min(1, "Required").max(128),
});
export type SignInInput = z.infer<typeof signInInput>;

/** The account page's password change; the email check needs the session, so the action makes it. */
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(128),
  newPassword: password,
  /** Sign out every other browser and device too (the usual reason to change a password). */
  signOutOthers: z.boolean().default(true),
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;
export { notTheEmail };
