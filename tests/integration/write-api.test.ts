/**
 * The write API against a real database, through the same functions the route
 * handlers call. Authorization markers for the inventory test:
 * authz-route: app/(public)/api/v1/events/route.ts POST
 * authz-route: app/(public)/api/v1/events/[key]/route.ts PATCH
 * authz-route: app/(public)/api/v1/events/[key]/route.ts DELETE
 * authz-route: app/(public)/api/v1/sources/route.ts POST
 */
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { events, parties, revisions, sources } from "../../db/schema";
import type { WriteRequest } from "../../lib/api/write";
import { userFromBearer } from "../../lib/auth/api-token";
import { listApiTokens, revokeApiToken } from "../../lib/services/api-tokens";
import { bearer, userWithToken } from "../support/api-users";
import { describeOnEveryServer } from "../support/databases";
import {
  type Answer,
  apiCreateEvent,
  apiCreateSource,
  apiDeleteEvent,
  apiUpdateEvent,
} from "../support/write-api";

type Call = (req: WriteRequest) => Promise<Answer>;

describeOnEveryServer("write API", (get) => {
  let editor: Awaited<ReturnType<typeof userWithToken>>;
  let revoked: Awaited<ReturnType<typeof userWithToken>>;
  let banned: Awaited<ReturnType<typeof userWithToken>>;
  let partyId: string;
  let sourceId: string;

  beforeAll(async () => {
    const { db } = get();
    editor = await userWithToken(db, "editor");
    revoked = await userWithToken(db, "editor");
    expect(await revokeApiToken(db, revoked.id, revoked.tokenId)).toBe(true);
    banned = await userWithToken(db, "admin", { banned: true });
    const [p] = await db.select({ id: parties.id }).from(parties).limit(1);
    const [s] = await db.select({ id: sources.id }).from(sources).limit(1);
    if (!p || !s) throw new Error("seed missing");
    partyId = p.id;
    sourceId = s.id;
  });

  const eventBody = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      title: "API round",
      kind: "talks",
      status: "scheduled",
      startsOn: "2022-03-29",
      participants: [{ partyId, role: "delegation" }],
      sources: [{ sourceId, excerpt: "quoted" }],
      ...over,
    });

  async function create(over: Record<string, unknown> = {}) {
    const r = await apiCreateEvent(get().db, { headers: bearer(editor.token), body: eventBody(over) });
    expect(r.status).toBe(201);
    return r.body as { id: string; slug: string; version: number };
  }

  // Each entry prepares its call (PATCH/DELETE create their target with the valid token) before
  // anything is counted, so a refusal can be held to exactly zero writes.
  const calls: [string, () => Promise<Call>, () => string][] = [
    ["POST /events", async () => (req) => apiCreateEvent(get().db, req), () => eventBody()],
    [
      "PATCH /events/{key}",
      async () => {
        const { slug } = await create();
        return (req) => apiUpdateEvent(get().db, slug, req);
      },
      () => eventBody({ version: 1 }),
    ],
    [
      "DELETE /events/{key}",
      async () => {
        const { id } = await create();
        return (req) => apiDeleteEvent(get().db, id, req);
      },
      () => JSON.stringify({ version: 1 }),
    ],
    [
      "POST /sources",
      async () => (req) => apiCreateSource(get().db, req),
      () => JSON.stringify({ title: "A source", url: `https://example.org/${Math.random()}` }),
    ],
  ];

  describe.each(calls)("%s authentication", (_name, call, body) => {
    test.each([
      ["no Authorization header", () => null],
      ["a malformed header", () => "garbage"],
      ["an unknown token", () => "parley_not-a-real-token"],
      ["a revoked token", () => revoked.token],
      ["a banned account's token", () => banned.token],
    ])("401 with %s, and nothing is written", async (_label, token) => {
      const { db } = get();
      const send = await call();
      // Rows of every table the API writes, and the revisions that log each write.
      const written = async () =>
        Promise.all(
          [revisions, events, sources].map(
            async (table) => (await db.select({ n: count() }).from(table))[0]?.n,
          ),
        );
      const before = await written();
      const t = token();
      const headers =
        t === "garbage" ? new Headers({ authorization: "garbage" }) : bearer(t, { cookie: "session=x" });
      const r = await send({ headers, body: body() });
      expect(r.status).toBe(401);
      expect(await written()).toEqual(before);
    });

    test("400 on malformed JSON, 422 with field errors on a bad body", async () => {
      const send = await call();
      const bad = await send({ headers: bearer(editor.token), body: "{not json" });
      expect(bad.status).toBe(400);
      const invalid = await send({ headers: bearer(editor.token), body: JSON.stringify({ title: 5 }) });
      expect(invalid.status).toBe(422);
      expect(Object.keys((invalid.body as { errors: object }).errors).length).toBeGreaterThan(0);
    });
  });

  test("a session cookie alone does not authenticate (tokens only, so no CSRF)", async () => {
    const r = await apiCreateEvent(get().db, {
      headers: new Headers({ cookie: "better-auth.session_token=anything", origin: "https://evil.example" }),
      body: eventBody(),
    });
    expect(r.status).toBe(401);
  });

  test("POST creates the event with revision 1, ignoring client ids, author and timestamps", async () => {
    const { db } = get();
    const r = await apiCreateEvent(db, {
      headers: bearer(editor.token),
      body: eventBody({
        id: "00000000-0000-4000-8000-000000000000",
        slug: "chosen",
        createdBy: "someone",
        createdAt: "2000-01-01",
        version: 9,
      }),
    });
    expect(r.status).toBe(201);
    const body = r.body as { id: string; slug: string; createdBy: string; version: number };
    expect(body.id).not.toBe("00000000-0000-4000-8000-000000000000");
    expect(body.slug).not.toBe("chosen");
    expect(body.createdBy).toBe(editor.id);
    expect(body.version).toBe(1);
    const revs = await db.select().from(revisions).where(eq(revisions.entityId, body.id));
    expect(revs.map((x) => [x.version, x.userId])).toEqual([[1, editor.id]]);
    const [token] = await listApiTokens(db, editor.id);
    expect(token?.lastUsedAt).not.toBeNull();
  });

  test("POST with a link to a party that does not exist is a 422, not a 500", async () => {
    const r = await apiCreateEvent(get().db, {
      headers: bearer(editor.token),
      body: eventBody({
        participants: [{ partyId: "00000000-0000-4000-8000-000000000001", role: "delegation" }],
      }),
    });
    expect(r.status).toBe(422);
    expect((r.body as { errors: object }).errors).toHaveProperty(["participants.0.partyId"]);
  });

  test("PATCH saves version 2 with a revision; a stale version is a 409 with the current row", async () => {
    const { db } = get();
    const created = await create({ title: "Patch me" });
    const ok = await apiUpdateEvent(db, created.slug, {
      headers: bearer(editor.token),
      body: eventBody({ title: "Patched", version: 1 }),
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ title: "Patched", version: 2 });
    const stale = await apiUpdateEvent(db, created.id, {
      headers: bearer(editor.token),
      body: eventBody({ title: "Lost update", version: 1 }),
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      status: 409,
      currentVersion: 2,
      current: { title: "Patched", version: 2 },
    });
    const revs = await db
      .select({ v: revisions.version })
      .from(revisions)
      .where(and(eq(revisions.entity, "event"), eq(revisions.entityId, created.id)));
    expect(revs.map((r) => r.v).sort()).toEqual([1, 2]);
  });

  test("PATCH and DELETE on an unknown key are 404; PATCH without version is 422", async () => {
    const { db } = get();
    for (const key of ["no-such-event", "00000000-0000-4000-8000-000000000002", "Not A Slug!"]) {
      const p = await apiUpdateEvent(db, key, {
        headers: bearer(editor.token),
        body: eventBody({ version: 1 }),
      });
      expect(p.status).toBe(404);
      const d = await apiDeleteEvent(db, key, { headers: bearer(editor.token), body: '{"version":1}' });
      expect(d.status).toBe(404);
    }
    const created = await create();
    const noVersion = await apiUpdateEvent(db, created.slug, {
      headers: bearer(editor.token),
      body: eventBody(),
    });
    expect(noVersion.status).toBe(422);
    expect((noVersion.body as { errors: object }).errors).toHaveProperty("version");
  });

  test("DELETE is soft: the row stays with a revision, then the key is gone for the API", async () => {
    const { db } = get();
    const created = await create({ title: "Delete me" });
    const stale = await apiDeleteEvent(db, created.slug, {
      headers: bearer(editor.token),
      body: '{"version":7}',
    });
    expect(stale.status).toBe(409);
    const r = await apiDeleteEvent(db, created.slug, {
      headers: bearer(editor.token),
      body: '{"version":1}',
    });
    expect(r.status).toBe(200);
    const [row] = await db.select().from(events).where(eq(events.id, created.id));
    expect(row?.deletedAt).not.toBeNull();
    const [revs] = await db.select({ n: count() }).from(revisions).where(eq(revisions.entityId, created.id));
    expect(revs?.n).toBe(2);
    const again = await apiDeleteEvent(db, created.slug, {
      headers: bearer(editor.token),
      body: '{"version":2}',
    });
    expect(again.status).toBe(404);
  });

  test("POST /sources creates with a revision; the same URL again is a 409 naming the existing source", async () => {
    const { db } = get();
    const body = JSON.stringify({ title: "Kremlin readout", url: "https://kremlin.example/readout-1" });
    const r = await apiCreateSource(db, { headers: bearer(editor.token), body });
    expect(r.status).toBe(201);
    const id = (r.body as { id: string }).id;
    const [revs] = await db.select({ n: count() }).from(revisions).where(eq(revisions.entityId, id));
    expect(revs?.n).toBe(1);
    const again = await apiCreateSource(db, { headers: bearer(editor.token), body });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ existing: { id } });
  });

  test("a bearer token resolves to its owner's role; revoking ends it", async () => {
    const { db } = get();
    const admin = await userWithToken(db, "admin");
    expect(await userFromBearer(db, `Bearer ${admin.token}`)).toMatchObject({ id: admin.id, role: "admin" });
    expect(await revokeApiToken(db, editor.id, admin.tokenId)).toBe(false); // not the editor's token
    expect(await revokeApiToken(db, admin.id, admin.tokenId)).toBe(true);
    expect(await userFromBearer(db, `Bearer ${admin.token}`)).toBeNull();
  });
});
