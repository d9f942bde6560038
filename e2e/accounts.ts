export const e2eAccounts = {
  editor: { email: "e2e-editor@example.org", password: "a long e2e passphrase", role: "editor" },
} as const;
