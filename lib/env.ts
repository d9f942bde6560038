/**
 * The one place that reads process.env. Everything else imports `env`.
 * DATABASE_URL is optional here because `next build` and the launcher run
 * without it; lib/db.ts insists on it when a request needs the database.
 */
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // An empty value counts as unset, as shells and CI templates often export one.
  DATABASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
      .optional(),
  ),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The app server's V8 old-space cap (MB), passed by the launcher as --max-old-space-size. Without it V8
   * sizes the heap from the machine's memory (4 GB here) and collects lazily: RSS reached ~800 MB under
   * bench:serve with ~150-200 MB live after a full GC. 256 cost GC time (13% of CPU vs 7.5% uncapped); 288 with
   * a 32 MB young generation (scripts/launch.ts) measured 7.7% and RSS 303 MB at 10,000 events. The default
   * is higher because the dataset digest (lib/export/dataset-version.ts) builds the whole published bundle
   * once per data version: 85 MB of heap at 10,000 events and statements, so ~850 MB at 100,000, and a
   * cap below what is live aborts the server. Set 288 for a data set under ~20,000 rows to keep RSS small.
   */
  PARLEY_MAX_HEAP_MB: z.coerce.number().int().min(128).max(65_536).default(1024),
  /** Where the embedded PostgreSQL keeps its cluster when DATABASE_URL is unset. */
  PARLEY_DATA_DIR: z.string().min(1).default("./data"),
  /** Absolute origin used in feeds, embeds and share links; falls back to the request's origin. */
  PUBLIC_BASE_URL: z.url().optional(),
  /** Tests: run the embedded cluster in a temporary folder, removed when the launcher exits. */
  PARLEY_EPHEMERAL: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  /** The licence the operator publishes the data under, shown on /data, in bundles and API headers. */
  PARLEY_DATA_LICENCE: z.string().trim().min(1).max(100).default("CC-BY-4.0"),
  PARLEY_DATA_LICENCE_URL: z.url().default("https://creativecommons.org/licenses/by/4.0/"),
  /** Set by `npm start -- --demo`: every page says the data is synthetic. */
  PARLEY_DEMO: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Signs session cookies. The launcher creates one in the data folder on first
   * start, so `npm start` needs no configuration; set it yourself when running
   * several app servers. Optional here because `next build` runs without it.
   */
  BETTER_AUTH_SECRET: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  ),
  /**
   * Reverse proxies in front of the app (IPs or CIDR ranges, comma-separated).
   * Only a request arriving from one of them may say who the client is in
   * X-Forwarded-For; from anyone else the header is replaced by the peer's own
   * address, so a made-up header cannot dodge the sign-in rate limit.
   */
  PARLEY_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], "Use IP addresses or CIDR ranges"))),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = readEnv();
