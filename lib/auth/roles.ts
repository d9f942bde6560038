import { isOneOf } from "@/lib/domain/vocabulary";

/** Account roles. Readers are anonymous; editors write; admins also manage accounts and restore deleted rows. */
export const roles = ["admin", "editor"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return isOneOf(roles, value);
}
