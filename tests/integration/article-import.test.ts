/**
 * The article importer's writes: accepted proposals become drafts with
 * revisions, citing the article, in one transaction; a refused apply
 * (signed out, invalid, or failing half-way) leaves every table as it was.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeEach, expect, test, vi } from "vitest";
import {
  eventSources,
  events,
  parties,
  people,
  positionSources,
  positions,
  revisions,
  sources,
  topics,
} from "../../db/schema";
import { analyzeArticle } from "../../lib/importer/analyze";
import { getImportDirectory } from "../../lib/queries/import-directory";
import { applyArticleImport } from "../../lib/services/article-import";
import { articleImportApply } from "../../lib/validation/article-import";
import { describeOnEveryServer, type TestDatabase } from "../support/databases";

const state = vi.hoisted(() => ({
  db: null as unknown,
  session: null as null | { user: { id: string; email: string; role: string; banned: boolean } },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/auth/server", () => ({
  appOrigins: () => ["http://127.0.0.1:3000"],
  getAuth: () => ({ api: { getSession: async () => state.session } }),
}));
vi.mock("@/lib/db", () => ({ getDb: () => state.db }));

const { applyArticleImportAction } = await import("../../app/(editor)/editor/import/actions");

const article = readFileSync(
  path.join(import.meta.dirname, "../../db/seed/istanbul-talks-article.txt"),
  "utf8",
);
const url = "https://www.presstv.ir/Detail/2022/03/28/679279/imported-copy";
const meta = { userId: "user-import" };
const editor = { user: { id: "user-import", email: "e@example.org", role: "editor", banned: false } };

async function proposalsFor(db: TestDatabase["db"], sourceUrl = url) {
  const got = analyzeArticle(
    { content: article, url: sourceUrl, publishedOn: "2022-03-28", outlet: "Press TV" },
    await getImportDirectory(db),
  );
  return { ...got, statements: got.statements.filter((s) => s.party && s.topics.length) };
}

const tables = {
  events,
  positions,
  parties,
  people,
  topics,
  sources,
  revisions,
  eventSources,
  positionSources,
};
async function rowCounts(db: TestDatabase["db"]) {
  const out = {} as Record<keyof typeof tables, number>;
  for (const name of Object.keys(tables) as (keyof typeof tables)[]) {
    const [row] = await db.select({ n: count() }).from(tables[name]);
    out[name] = row?.n ?? -1;
  }
  return out;
}

describeOnEveryServer("article import: drafts, revisions, one transaction", (get) => {
  beforeEach(() => {
    state.db = get().db;
    state.session = null;
  });

  test("accepted proposals become drafts with revision 1, citing the article with their excerpts", async () => {
    const { db } = get();
    const input = articleImportApply.parse(await proposalsFor(db));
    const publishedBefore = await db
      .select({ n: count() })
      .from(events)
      .where(eq(events.publication, "published"));
    const result = await applyArticleImport(db, input, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    const { value } = result;
    expect(value.events.length).toBe(input.events.length);
    expect(value.positions.length).toBe(input.statements.reduce((n, s) => n + s.topics.length, 0));

    const [source] = await db.select().from(sources).where(eq(sources.url, url));
    expect(source).toMatchObject({ outlet: "Press TV", publishedOn: "2022-03-28" });
    for (const ev of value.events) {
      const [row] = await db.select().from(events).where(eq(events.id, ev.id));
      expect(row).toMatchObject({ publication: "draft", version: 1, createdBy: "user-import" });
      const cited = await db.select().from(eventSources).where(eq(eventSources.eventId, ev.id));
      expect(cited).toEqual([expect.objectContaining({ sourceId: source?.id })]);
      expect(article).toContain(cited[0]?.excerpt?.split(" […] ")[0]);
      const history = await db.select().from(revisions).where(eq(revisions.entityId, ev.id));
      expect(history.map((r) => r.version)).toEqual([1]);
    }
    for (const id of value.positions) {
      const [row] = await db.select().from(positions).where(eq(positions.id, id));
      expect(row?.publication).toBe("draft");
      const history = await db.select().from(revisions).where(eq(revisions.entityId, id));
      expect(history).toHaveLength(1);
      const cited = await db.select().from(positionSources).where(eq(positionSources.positionId, id));
      expect(cited[0]?.sourceId).toBe(source?.id);
    }
    const publishedAfter = await db
      .select({ n: count() })
      .from(events)
      .where(eq(events.publication, "published"));
    expect(publishedAfter).toEqual(publishedBefore);
    // The seed's people and parties were matched, not duplicated.
    expect(value.created.people).toEqual([]);
    expect(value.created.parties).toEqual([]);
  });

  test("a statement that fails half-way rolls the whole import back", async () => {
    const { db } = get();
    const good = articleImportApply.parse(await proposalsFor(db, "https://example.org/rolled-back"));
    const bad = {
      ...good.statements[0],
      speaker: "Vladimir Putin",
      party: "Ukraine",
    } as (typeof good.statements)[0];
    const before = await rowCounts(db);
    const result = await applyArticleImport(db, { ...good, statements: [...good.statements, bad] }, meta);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.select().from(sources).where(eq(sources.url, "https://example.org/rolled-back"))).toEqual(
      [],
    );
  });

  test("the action refuses a signed-out caller and an invalid input, writing nothing; an editor's valid apply writes drafts", async () => {
    const { db } = get();
    const input = await proposalsFor(db, "https://example.org/through-the-action");
    const before = await rowCounts(db);
    expect(await applyArticleImportAction(input)).toMatchObject({ ok: false, status: 401 });
    expect(await rowCounts(db)).toEqual(before);

    state.session = editor;
    const invalid = { ...input, events: input.events.map((e) => ({ ...e, startsOn: "2022-02-30" })) };
    expect(await applyArticleImportAction(invalid)).toMatchObject({ ok: false, status: 422 });
    expect(
      await applyArticleImportAction({ ...input, source: { ...input.source, url: "javascript:alert(1)" } }),
    ).toMatchObject({ ok: false, status: 422 });
    expect(await rowCounts(db)).toEqual(before);

    const done = await applyArticleImportAction(input);
    expect(done.ok).toBe(true);
    const after = await rowCounts(db);
    expect(after.events).toBe(before.events + input.events.length);
    expect(after.sources).toBe(before.sources + 1);
    const imported = await db
      .select({ publication: events.publication })
      .from(events)
      .innerJoin(eventSources, eq(eventSources.eventId, events.id))
      .innerJoin(sources, eq(sources.id, eventSources.sourceId))
      .where(eq(sources.url, "https://example.org/through-the-action"));
    expect(imported).toHaveLength(input.events.length);
    expect(imported.every((e) => e.publication === "draft")).toBe(true);
  });
});
