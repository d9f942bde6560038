/**
 * Nothing unsourced is published: the schemas refuse it with a field error, the
 * write API answers 422 (after authenticating), and the database itself refuses
 * a published event or position without a followable source — whatever path the
 * write takes. After each refusal nothing has changed.
 */
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, expect, test } from "vitest";
import { events, parties, sources } from "../../db/schema";
import { listSourcesPage } from "../../lib/queries/directory";
import { createEvent } from "../../lib/services/events";
import { eventInput } from "../../lib/validation/events";
import { sourceInput } from "../../lib/validation/sources";
import { bearer, userWithToken } from "../support/api-users";
import { describeOnEveryServer } from "../support/databases";
import { apiCreateEvent } from "../support/write-api";

const refusal = async (write: () => Promise<unknown>) => {
  try {
    await write();
    return null;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause ?? error;
    return cause as { code?: string; constraint?: string };
  }
};

describeOnEveryServer("provenance: a published claim always cites a source readers can follow", (get) => {
  let editor: Awaited<ReturnType<typeof userWithToken>>;
  let partyId: string;
  const eventCount = async () => (await get().db.select({ n: count() }).from(events))[0]?.n ?? -1;

  beforeAll(async () => {
    editor = await userWithToken(get().db, "editor");
    const [p] = await get().db.select({ id: parties.id }).from(parties).limit(1);
    partyId = p?.id ?? "";
  });

  const unsourced = {
    title: "An unsourced round",
    kind: "talks",
    status: "held",
    startsOn: "2022-03-15",
    participants: [],
    sources: [],
    publication: "published",
  };

  test("the form's schema refuses publishing without a source, on the sources field; a draft is fine", () => {
    const published = eventInput.safeParse(unsourced);
    expect(published.success).toBe(false);
    expect(published.error?.issues.map((i) => i.path.join("."))).toContain("sources");
    expect(eventInput.safeParse({ ...unsourced, publication: "draft" }).success).toBe(true);
  });

  test("a source with neither link nor outlet and date is refused by the schema and the database", async () => {
    const titleOnly = sourceInput.safeParse({ url: "", title: "Something someone said" });
    expect(titleOnly.success).toBe(false);
    expect(titleOnly.error?.issues.map((i) => i.path.join("."))).toEqual(["outlet", "publishedOn"]);
    expect(
      sourceInput.safeParse({ url: "", title: "Communiqué", outlet: "Kremlin", publishedOn: "2022-03-29" })
        .success,
    ).toBe(true);
    const before = (await get().db.select({ n: count() }).from(sources))[0]?.n;
    const error = await refusal(() => get().db.insert(sources).values({ title: "Title only" }));
    expect(error?.code).toBe("23514");
    expect((await get().db.select({ n: count() }).from(sources))[0]?.n).toBe(before);
  });

  test("the write API refuses an unsourced published event with 422 on sources; nothing is written", async () => {
    const before = await eventCount();
    const result = await apiCreateEvent(get().db, {
      headers: bearer(editor.token),
      body: JSON.stringify({ ...unsourced, participants: [{ partyId, role: "delegation" }] }),
    });
    expect(result.status).toBe(422);
    expect(JSON.stringify(result.body)).toContain("sources");
    expect(await eventCount()).toBe(before);
  });

  test("the database refuses it whatever the path: a service call that skipped validation, a raw insert", async () => {
    const before = await eventCount();
    const parsed = eventInput.parse({ ...unsourced, publication: "draft" });
    const viaService = await refusal(() =>
      createEvent(
        get().db,
        { ...parsed, publication: "published" },
        { userId: editor.id, isCorrection: false },
      ),
    );
    expect(viaService?.constraint).toBe("published_needs_source");
    const raw = await refusal(() =>
      get().db.execute(
        sql`insert into events (process_id, slug, title, kind, status, starts_on, publication) values ((select id from processes limit 1), 'raw-unsourced', 'Raw', 'talks', 'held', '2022-03-15', 'published')`,
      ),
    );
    expect(raw?.constraint).toBe("published_needs_source");
    expect(await eventCount()).toBe(before);
  });

  test("the only source of a published event cannot be deleted or unlinked from under it", async () => {
    const { db } = get();
    const [source] = await db
      .insert(sources)
      .values({ url: `https://example.org/only-${Date.now()}`, title: "The only source" })
      .returning();
    if (!source) throw new Error("no source");
    const input = eventInput.parse({ ...unsourced, sources: [{ sourceId: source.id }] });
    const event = await createEvent(db, input, { userId: editor.id, isCorrection: false });
    const deleted = await refusal(() =>
      db.update(sources).set({ deletedAt: new Date() }).where(eq(sources.id, source.id)),
    );
    expect(deleted?.constraint).toBe("published_needs_source");
    const unlinked = await refusal(() =>
      db.execute(sql`delete from event_sources where event_id = ${event.id}`),
    );
    expect(unlinked?.constraint).toBe("published_needs_source");
    const [still] = await db
      .select({ deletedAt: sources.deletedAt })
      .from(sources)
      .where(eq(sources.id, source.id));
    expect(still?.deletedAt).toBeNull();
  });

  test("a source nobody public cites is not listed for readers; once a published event cites it, it is", async () => {
    const { db } = get();
    const url = `https://example.org/picker-${Date.now()}`;
    const [source] = await db
      .insert(sources)
      .values({ url, title: "Made from a picker", publication: "published" })
      .returning();
    if (!source) throw new Error("no source");
    const listed = async () =>
      (await listSourcesPage(db, { limit: 100, q: "picker-" })).data.some((s) => s.url === url);
    expect(await listed()).toBe(false);
    await createEvent(
      db,
      eventInput.parse({ ...unsourced, title: "Cites it", sources: [{ sourceId: source.id }] }),
      {
        userId: editor.id,
        isCorrection: false,
      },
    );
    expect(await listed()).toBe(true);
  });
});
