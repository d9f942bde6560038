import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { events, parties } from "../../db/schema";
import { decodeCursor } from "../../lib/api/cursor";
import { getResource, listResource } from "../../lib/api/handlers";
import { respond } from "../../lib/api/respond";
import { timelineItem, timelineWindow } from "../../lib/api/timeline";
import { buildBundle } from "../../lib/export/export";
import { describeOnEveryServer } from "../support/databases";

type ListBody = { data: Record<string, unknown>[]; next: string | null };

describeOnEveryServer("public read API", (get) => {
  const list = async (name: Parameters<typeof listResource>[1], query: string) => {
    const result = await listResource(get().db, name, `http://parley.test/api/v1/${name}?${query}`);
    if (result.status !== 200) throw new Error(`${name}?${query}: ${JSON.stringify(result.body)}`);
    return result.body as ListBody;
  };

  it("returns the seeded events of Feb–Apr 2022 with their sources", async () => {
    const body = await list("events", "from=2022-02-01&to=2022-04-30");
    expect(body.data.map((e) => e.slug)).toContain("istanbul-talks-2022-03-29");
    expect(body.data.length).toBe(7);
    for (const e of body.data) expect((e.sources as unknown[]).length).toBeGreaterThan(0);
    expect(body.next).toBeNull();
  });

  it("filters events by party, kind, status, topic and text (aliases included)", async () => {
    const turkey = await list("events", "parties=turkey");
    expect(turkey.data.map((e) => e.slug).sort()).toEqual(
      ["erdogan-putin-call-2022-03-27", "istanbul-talks-2022-03-29"].sort(),
    );
    const talks = await list("events", "kinds=talks&status=scheduled");
    expect(talks.data.map((e) => e.slug)).toEqual(["istanbul-talks-2022-03-29"]);
    const neutral = await list("events", "topics=neutral-status");
    expect(neutral.data.map((e) => e.slug)).toContain("zelensky-remarks-russian-journalists-2022-03-27");
    const kiev = await list("events", "q=Kiev");
    const kyiv = await list("events", "q=kyiv");
    expect(kiev.data.length).toBeGreaterThan(0);
    expect(kiev.data.map((e) => e.id)).toEqual(kyiv.data.map((e) => e.id));
    expect((await list("events", "q=100%25_")).data).toEqual([]);
  });

  it("pages with a cursor: no overlap, no gap, stable order", async () => {
    const all = await list("events", "limit=200");
    const seen: unknown[] = [];
    let url: string | null = "http://parley.test/api/v1/events?limit=2";
    let pages = 0;
    while (url) {
      const result = await listResource(get().db, "events", url);
      if (result.status !== 200) throw new Error("page failed");
      const body = result.body as ListBody;
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((e) => e.id));
      url = body.next;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(all.data.length / 2));
    expect(seen).toEqual(all.data.map((e) => e.id));
  });

  it("uses the given public origin for the next link and keeps the filters", async () => {
    const result = await listResource(
      get().db,
      "topics",
      "http://internal:3000/api/v1/topics?limit=3&q=a",
      "https://parley.example",
    );
    const body = (result as { body: ListBody }).body;
    expect(body.next).toMatch(/^https:\/\/parley\.example\/api\/v1\/topics\?limit=3&q=a&cursor=/);
    expect(decodeCursor(new URL(body.next ?? "").searchParams.get("cursor") ?? "")).toHaveLength(1);
  });

  it("refuses bad parameters with field-level 422 problems", async () => {
    for (const [name, query, field] of [
      ["events", "from=2022-02-30", "from"],
      ["events", "from=2022-03-01&to=2022-02-01", "to"],
      ["events", "kinds=party", "kinds.0"],
      ["events", "limit=201", "limit"],
      ["events", "cursor=bm90LWEtY3Vyc29y", "cursor"],
      ["positions", "stances=maybe", "stances.0"],
      ["parties", "cursor=!!", "cursor"],
      ["people", "parties=Bad Slug", "parties.0"],
      ["sources", "limit=abc", "limit"],
    ] as const) {
      const result = await listResource(get().db, name, `http://x/api/v1/${name}?${query}`);
      expect(result.status, `${name}?${query}`).toBe(422);
      expect(result.body).toMatchObject({ status: 422, title: "Invalid request" });
      expect(Object.keys((result.body as { errors: object }).errors)).toContain(field);
    }
  });

  it("serves each resource by slug or id, 404 for unknown, drafts and deleted rows", async () => {
    const { db } = get();
    expect(await getResource(db, "parties", "ukraine")).toMatchObject({
      status: 200,
      body: { slug: "ukraine" },
    });
    expect(await getResource(db, "people", "volodymyr-zelensky")).toMatchObject({
      status: 200,
      body: { party: { slug: "ukraine" } },
    });
    expect(await getResource(db, "topics", "crimea")).toMatchObject({ status: 200 });
    const positions = await list("positions", "parties=ukraine&topics=neutral-status");
    const first = positions.data[0];
    expect(first).toMatchObject({ party: { slug: "ukraine" }, topic: { slug: "neutral-status" } });
    expect(await getResource(db, "positions", String(first?.id))).toMatchObject({ status: 200 });
    const sources = await list("sources", "q=Press TV");
    expect(await getResource(db, "sources", String(sources.data[0]?.id))).toMatchObject({ status: 200 });
    const [event] = await db.select().from(events).where(eq(events.slug, "gomel-talks-2022-02-28"));
    expect(await getResource(db, "events", String(event?.id))).toMatchObject({ status: 200 });

    expect(await getResource(db, "events", "no-such-event")).toMatchObject({
      status: 404,
      body: { status: 404 },
    });
    expect(await getResource(db, "positions", "not-a-uuid")).toMatchObject({ status: 422 });

    await db.update(parties).set({ publication: "draft" }).where(eq(parties.slug, "belarus"));
    await db.update(events).set({ deletedAt: new Date() }).where(eq(events.slug, "gomel-talks-2022-02-28"));
    try {
      expect(await getResource(db, "parties", "belarus")).toMatchObject({ status: 404 });
      expect(await getResource(db, "events", "gomel-talks-2022-02-28")).toMatchObject({ status: 404 });
      const listed = await list("events", "");
      expect(listed.data.map((e) => e.slug)).not.toContain("gomel-talks-2022-02-28");
      const turkey = await list("events", "parties=turkey");
      for (const e of turkey.data) {
        expect((e.participants as { partySlug: string }[]).map((p) => p.partySlug)).not.toContain("belarus");
      }
      expect((await list("parties", "")).data.map((p) => p.slug)).not.toContain("belarus");
    } finally {
      await db.update(parties).set({ publication: "published" }).where(eq(parties.slug, "belarus"));
      await db.update(events).set({ deletedAt: null }).where(eq(events.slug, "gomel-talks-2022-02-28"));
    }
  });

  it("names the licence and a citation in the body of lists and rows, with /data's dataset version", async () => {
    const { db } = get();
    const { datasetVersion } = await buildBundle(db, "published");
    const url = "http://localhost:3000/api/v1/events?to=2022-04-30&from=2022-02-01";
    const request = new Request(url, { headers: { host: "parley.example.org" } });
    const listBody = await respond(request, await listResource(db, "events", url)).json();
    expect(listBody.data.length).toBe(7);
    expect(listBody.meta).toMatchObject({
      licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
      datasetVersion,
    });
    expect(listBody.meta.citation).toContain(
      "https://parley.example.org/api/v1/events?from=2022-02-01&to=2022-04-30",
    );
    expect(listBody.meta.citation).toContain(`data version ${datasetVersion}`);
    const item = await respond(
      new Request("http://localhost:3000/api/v1/parties/ukraine"),
      await getResource(db, "parties", "ukraine"),
    ).json();
    expect(item).toMatchObject({ slug: "ukraine", meta: { datasetVersion } });
    const missing = await respond(request, await getResource(db, "parties", "no-such-party")).json();
    expect(missing).not.toHaveProperty("meta");
  });

  it("gives the timeline's answers the same licence, Link header and dataset version as the lists", async () => {
    const { db } = get();
    const { datasetVersion } = await buildBundle(db, "published");
    const url = "http://parley.test/api/v1/timeline?from=2022-02-01&to=2022-04-30";
    const window = respond(new Request(url), await timelineWindow(db, url));
    expect(window.headers.get("link")).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    const body = await window.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.meta).toMatchObject({ licence: { name: "CC BY 4.0" }, datasetVersion });
    expect(body.meta.citation).toContain(`data version ${datasetVersion}`);
    const item = respond(
      new Request("http://parley.test/api/v1/timeline/items/istanbul-talks-2022-03-29"),
      await timelineItem(db, "istanbul-talks-2022-03-29"),
    );
    expect(await item.json()).toMatchObject({ type: "event", meta: { datasetVersion } });
  });
});
