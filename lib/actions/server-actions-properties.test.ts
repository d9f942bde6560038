/**
 * Every exported server action, called by a signed-in admin with 1,000
 * generated inputs each (any JSON-ish value, NUL and astral characters, huge
 * and negative numbers, extreme dates): each call must answer — never throw —
 * and may answer 500 only by reaching the database, which here is a sentinel
 * that throws. So nothing an input can do crashes parsing or authorization.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, test, vi } from "vitest";

const state = vi.hoisted(() => ({ reached: false }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/auth/server", () => ({
  appOrigins: () => ["http://127.0.0.1:3000"],
  getAuth: () => ({
    api: {
      getSession: async () => ({
        user: { id: "admin-1", email: "admin@example.org", role: "admin", banned: false },
      }),
    },
  }),
}));
vi.mock("@/lib/db", () => ({
  getDb: () => {
    state.reached = true;
    throw new Error("database reached (sentinel)");
  },
}));

const appDir = path.resolve(__dirname, "../../app");
function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(readFileSync(full, "utf8"))
      ? [full]
      : [];
  });
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "",
    "\u0000",
    "a\u0000b",
    "<script>",
    "0001-01-01",
    "9999-12-31",
    "2022-02-30",
    "𝌆".repeat(300),
  ),
);
const number = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 2_147_483_647, 2_147_483_648, Number.MAX_SAFE_INTEGER, Number.NaN, 1e308),
  fc.double(),
);
const uuid = fc.oneof(fc.uuid(), text);
const input = fc.oneof(
  fc.anything(),
  fc.record(
    {
      id: uuid,
      baseVersion: number,
      version: number,
      kind: fc.constantFrom("party", "person", "topic", "x"),
      title: text,
      name: text,
      url: text,
      startsOn: text,
      statedOn: text,
      data: fc.dictionary(
        fc.constantFrom("title", "name", "startsOn", "sources", "participants", "color"),
        fc.oneof(text, number, fc.array(fc.anything())),
      ),
      sources: fc.array(fc.record({ sourceId: uuid, excerpt: text }), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
);

test("no generated input makes an action throw or fail with a 500 before the database", async () => {
  // The sentinel's 500s are logged by authorizedAction; they are expected here.
  vi.spyOn(console, "error").mockImplementation(() => {});
  const files = actionFiles(appDir);
  expect(files.length).toBeGreaterThan(4);
  let calls = 0;
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, action] of Object.entries(module)) {
      if (typeof action !== "function") continue;
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          state.reached = false;
          calls++;
          const result = (await action(raw)) as { ok: boolean; status?: number };
          const where = `${path.relative(appDir, file)}#${name}`;
          expect(typeof result.ok, where).toBe("boolean");
          if (!result.ok && (result.status ?? 0) >= 500) expect(state.reached, where).toBe(true);
        }),
        { numRuns: 1000 },
      );
    }
  }
  console.log(`[actions] ${calls} generated calls, none threw, no 500 before the database`);
}, 120_000);
