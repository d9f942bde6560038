import { count, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { listTables, runMigrations } from "../../db/migrate";
import { events, parties, people, positions, processes, revisions, sources, topics } from "../../db/schema";
import { seedIfEmpty } from "../../db/seed";
import { articleSource, seedEvents, seedPositions } from "../../db/seed/istanbul-article";
import { describeOnEveryServer, seedProcessId } from "../support/databases";

/** The SQLSTATE of the error a statement raises, or null when it succeeds. */
async function sqlState(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    const cause = (error as { cause?: { code?: string }; code?: string }).cause ?? error;
    return (cause as { code?: string }).code ?? "unknown";
  }
}

describeOnEveryServer("schema, migrations and seed", (get) => {
  it("creates every table of the data model", async () => {
    const tables = await listTables(get());
    for (const table of [
      "parties",
      "people",
      "events",
      "event_participants",
      "topics",
      "positions",
      "sources",
      "event_sources",
      "position_sources",
      "revisions",
      "processes",
      "process_parties",
      "process_sources",
      "event_processes",
    ]) {
      expect(tables).toContain(table);
    }
  });

  it("re-running the migrations is a no-op", async () => {
    await runMigrations(get());
    const { db } = get();
    const applied = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied.rows[0]?.n).toBeGreaterThan(0);
  });

  it("holds the article's rows, each published with a first revision", async () => {
    const { db } = get();
    const [p] = await db.select({ n: count() }).from(parties);
    const [e] = await db.select({ n: count() }).from(events);
    const [pos] = await db.select({ n: count() }).from(positions);
    const [per] = await db.select({ n: count() }).from(people);
    const [t] = await db.select({ n: count() }).from(topics);
    const [r] = await db.select({ n: count() }).from(revisions);
    expect(p?.n).toBe(4);
    expect(per?.n).toBe(6);
    expect(e?.n).toBe(seedEvents.length);
    expect(pos?.n).toBe(seedPositions.length);
    expect(t?.n).toBeGreaterThanOrEqual(9);
    const [proc] = await db.select({ n: count() }).from(processes);
    // One process, with every event and position in it.
    expect(proc?.n).toBe(1);
    const outside = await db.execute<{ n: number }>(
      sql`select (select count(*) from events where process_id <> (select id from processes))
               + (select count(*) from positions where process_id <> (select id from processes)) as n`,
    );
    expect(Number(outside.rows[0]?.n)).toBe(0);
    expect(r?.n).toBe(
      (p?.n ?? 0) + (per?.n ?? 0) + (e?.n ?? 0) + (pos?.n ?? 0) + (t?.n ?? 0) + (proc?.n ?? 0) + 1,
    );
    const [source] = await db.select().from(sources);
    expect(source).toMatchObject({ url: articleSource.url, outlet: "Press TV", publishedOn: "2022-03-28" });
    const istanbul = await db.select().from(events).where(eq(events.slug, "istanbul-talks-2022-03-29"));
    expect(istanbul[0]).toMatchObject({ startsOn: "2022-03-29", endsOn: "2022-03-31", status: "scheduled" });
  });

  it("seeding again changes nothing", async () => {
    expect(await seedIfEmpty(get().db)).toBe(false);
    const [e] = await get().db.select({ n: count() }).from(events);
    expect(e?.n).toBe(seedEvents.length);
  });

  it("enforces the constraints in the database itself", async () => {
    const { db } = get();
    const [ukraine] = await db.select().from(parties).where(eq(parties.slug, "ukraine"));
    const processId = await seedProcessId(db);
    const base = {
      processId,
      title: "x",
      kind: "talks",
      status: "held",
      startsOn: "2022-03-01",
    } satisfies Partial<typeof events.$inferInsert>;
    expect(await sqlState(() => db.insert(events).values({ ...base, slug: "gomel-talks-2022-02-28" }))).toBe(
      "23505",
    );
    expect(
      await sqlState(() => db.insert(events).values({ ...base, slug: "bad-dates", endsOn: "2022-02-01" })),
    ).toBe("23514");
    // The type refuses the kind too; the CHECK constraint is what stops a raw write.
    // @ts-expect-error "party" is not an event kind
    expect(await sqlState(() => db.insert(events).values({ ...base, slug: "bad-kind", kind: "party" }))).toBe(
      "23514",
    );
    expect(await sqlState(() => db.insert(events).values({ ...base, slug: "Bad Slug" }))).toBe("23514");
    expect(await sqlState(() => db.insert(sources).values({ title: "x", url: "javascript:alert(1)" }))).toBe(
      "23514",
    );
    expect(await sqlState(() => db.insert(sources).values({ title: "x", url: articleSource.url }))).toBe(
      "23505",
    );
    expect(
      await sqlState(() => db.insert(parties).values({ slug: "p", name: "P", kind: "state", color: "red" })),
    ).toBe("23514");
    expect(
      await sqlState(() =>
        db
          .insert(people)
          .values({ slug: "ghost", name: "G", partyId: "00000000-0000-0000-0000-000000000000" }),
      ),
    ).toBe("23503");
    expect(ukraine).toBeDefined();
  });
});
