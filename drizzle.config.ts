import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  strict: true,
  verbose: true,
  // Only used by `drizzle-kit migrate/studio`; `generate` needs no database.
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/parley" },
});
