export const e2eAccounts = {
  editor: { email: "e2e-editor@example.org", password: "a long e2e passphrase", role: "editor" },
  admin: { email: "e2e-admin@example.org", password: "another long e2e passphrase", role: "admin" },
} as const;
