/**
 * The one visibility rule, checked from outside: drafts and deleted rows of every
 * kind carry a unique marker; every public page and GET route — found by walking
 * app/ and the OpenAPI document, so a new route is covered without editing this
 * file — is requested plainly, with the markers as search text and with the
 * hidden rows' slugs as filters and path keys. No answer may contain a marker,
 * and none may be a 5xx.
 */
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { eq, inArray } from "drizzle-orm";
import {
  eventParticipants,
  eventSources,
  events,
  parties,
  people,
  positionSources,
  positions,
  processes,
  sources,
  topics,
} from "../db/schema";
import { e2eDatabase } from "./support/db";
import { csvFiles, publicRouteTemplates } from "./support/public-routes";

// `marker` is sent in requests (search text, slugs as filters), so a page may echo it back where
// the query is reflected; `secret` is in the hidden rows' names, titles and texts and is never
// sent, so finding it anywhere is a leak.
const marker = `vismark${randomBytes(4).toString("hex")}`;
const secret = `hiddenrow${randomBytes(4).toString("hex")}`;
const slugOf = (what: string) => `${marker}-${what}`;
const hidden = { slugs: [] as string[], ids: [] as string[] };

test.describe("readers never see drafts or deleted rows", () => {
  const publicKeys: Record<string, string[]> = {};

  test.beforeAll(async () => {
    const { db: database, pool } = e2eDatabase();
    try {
      // One transaction: the provenance check runs at commit, once statements have their sources.
      await database.transaction(async (db) => {
        const [ukraine] = await db.select().from(parties).where(eq(parties.slug, "ukraine"));
        const [topic] = await db.select().from(topics).limit(1);
        const [publicEvent] = await db
          .select()
          .from(events)
          .where(eq(events.publication, "published"))
          .limit(1);
        const processId = publicEvent?.processId;
        if (!ukraine || !topic || !publicEvent || !processId) throw new Error("the seed is missing");
        publicKeys.events = [publicEvent.slug, publicEvent.id];
        publicKeys.parties = [ukraine.slug];
        publicKeys.topics = [topic.slug];

        const [citable] = await db
          .insert(sources)
          .values({
            url: `https://example.org/public-${randomBytes(4).toString("hex")}`,
            title: "A public source",
            outlet: "Example",
            publication: "published",
          })
          .returning();
        const mk = (what: string) => ({
          slug: slugOf(what),
          name: `${secret} ${what} name`,
          aliases: [`${marker}${what}alias`],
        });
        const hiddenParties = await db
          .insert(parties)
          .values([
            { ...mk("draftparty"), kind: "state", color: "#0057b7", publication: "draft" },
            {
              ...mk("deletedparty"),
              kind: "state",
              color: "#0057b7",
              publication: "published",
              deletedAt: new Date(),
            },
          ])
          .returning();
        const hiddenTopics = await db
          .insert(topics)
          .values([
            { ...mk("drafttopic"), publication: "draft" },
            { ...mk("deletedtopic"), publication: "published", deletedAt: new Date() },
          ])
          .returning();
        const hiddenPeople = await db
          .insert(people)
          .values([
            { ...mk("draftperson"), partyId: ukraine.id, title: `${secret} title`, publication: "draft" },
            { ...mk("deletedperson"), partyId: ukraine.id, publication: "published", deletedAt: new Date() },
          ])
          .returning();
        const hiddenEvents = await db
          .insert(events)
          .values(
            (["draftevent", "deletedevent"] as const).map((what): typeof events.$inferInsert => ({
              processId,
              slug: slugOf(what),
              title: `${secret} ${what} title`,
              summary: `${secret} summary`,
              kind: "talks",
              status: "held",
              startsOn: "2022-03-10",
              locationName: `${secret} place`,
              publication: what === "draftevent" ? "draft" : "published",
              deletedAt: what === "deletedevent" ? new Date() : null,
            })),
          )
          .returning();
        const hiddenSources = await db
          .insert(sources)
          .values([
            // Published but cited by no public row: not public.
            {
              url: `https://example.org/${secret}-uncited`,
              title: `${secret} uncited source`,
              outlet: secret,
              publication: "published",
            },
            {
              url: `https://example.org/${secret}-deleted`,
              title: `${secret} deleted`,
              deletedAt: new Date(),
            },
          ])
          .returning();
        if (!citable) throw new Error("no source");

        // Published statements that point at the hidden rows: a lane, a row, a speaker, an event.
        const published = (
          values: Partial<typeof positions.$inferInsert>,
        ): typeof positions.$inferInsert => ({
          processId,
          partyId: ukraine.id,
          topicId: topic.id,
          statedOn: "2022-03-11",
          kind: "position",
          stance: "open",
          summary: "A public statement",
          publication: "published",
          ...values,
        });
        const statements = await db
          .insert(positions)
          .values([
            ...hiddenParties.map((p) => published({ partyId: p.id })),
            ...hiddenTopics.map((t) => published({ topicId: t.id })),
            ...hiddenPeople.map((p) => published({ personId: p.id })),
            ...hiddenEvents.map((e) => published({ eventId: e.id })),
            published({
              summary: `${secret} draft statement`,
              quote: `${secret} quote`,
              publication: "draft",
            }),
            published({ summary: `${secret} deleted statement`, deletedAt: new Date() }),
          ])
          .returning();
        await db
          .insert(positionSources)
          .values(
            statements.map((s) => ({ positionId: s.id, sourceId: citable.id, excerpt: "public excerpt" })),
          );
        // A published event with hidden participants and a hidden source among its citations.
        const [shown] = await db
          .insert(events)
          .values({
            processId,
            slug: `${marker.slice(0, 3)}-public-event-${randomBytes(3).toString("hex")}`,
            title: "A public meeting",
            kind: "meeting",
            status: "held",
            startsOn: "2022-03-12",
            publication: "published",
          })
          .returning();
        if (!shown) throw new Error("no event");
        await db.insert(eventParticipants).values([
          { eventId: shown.id, partyId: ukraine.id, role: "delegation" },
          ...hiddenParties.map((p): typeof eventParticipants.$inferInsert => ({
            eventId: shown.id,
            partyId: p.id,
            role: "delegation",
          })),
        ]);
        await db.insert(eventSources).values([
          { eventId: shown.id, sourceId: citable.id },
          // Only the deleted source: a public event's link to it is left out, excerpt and all.
          ...hiddenSources
            .filter((s) => s.deletedAt)
            .map((s) => ({
              eventId: shown.id,
              sourceId: s.id,
              excerpt: `${secret} excerpt`,
            })),
        ]);
        // The hidden events cite a source too: citation by a hidden row does not make it public.
        await db
          .insert(eventSources)
          .values(hiddenEvents.map((e) => ({ eventId: e.id, sourceId: hiddenSources[0]?.id ?? citable.id })));

        // A draft process and a deleted one: their own rows are published, yet readers see none of them.
        const hiddenProcesses = await db
          .insert(processes)
          .values([
            { slug: slugOf("draftprocess"), name: `${secret} draft process`, publication: "draft" },
            {
              slug: slugOf("deletedprocess"),
              name: `${secret} deleted process`,
              summary: `${secret} summary`,
              publication: "published",
              deletedAt: new Date(),
            },
          ])
          .returning();
        const processEvents = await db
          .insert(events)
          .values(
            hiddenProcesses.map((pr): typeof events.$inferInsert => ({
              processId: pr.id,
              slug: `${pr.slug}-round`,
              title: `${secret} round of a hidden process`,
              kind: "talks",
              status: "scheduled",
              startsOn: "2022-03-13",
              publication: "published",
            })),
          )
          .returning();
        const processStatements = await db
          .insert(positions)
          .values(
            hiddenProcesses.map((pr) =>
              published({ processId: pr.id, summary: `${secret} process statement` }),
            ),
          )
          .returning();
        await db
          .insert(eventSources)
          .values(processEvents.map((e) => ({ eventId: e.id, sourceId: citable.id })));
        await db
          .insert(positionSources)
          .values(processStatements.map((st) => ({ positionId: st.id, sourceId: citable.id })));
        // First among the keys tried on every route, so /processes/[slug] and /events/[slug] get them.
        hidden.slugs.push(...hiddenProcesses.map((pr) => pr.slug), ...processEvents.map((e) => e.slug));

        for (const row of [...hiddenParties, ...hiddenTopics, ...hiddenPeople, ...hiddenEvents]) {
          hidden.slugs.push(row.slug);
          hidden.ids.push(row.id);
        }
        hidden.ids.push(...hiddenSources.map((s) => s.id), ...statements.slice(-2).map((s) => s.id));
        const check = await db.select().from(parties).where(inArray(parties.slug, hidden.slugs));
        expect(hidden.slugs.slice(0, 4)).toContain(slugOf("draftprocess"));
        expect(check).toHaveLength(2);
      });
    } finally {
      await pool.end();
    }
  });

  test("no public page, feed, export or API answer names a hidden row", async ({ request }) => {
    test.setTimeout(360_000);
    const templates = await publicRouteTemplates(request);
    expect(templates).toContain("/compare");
    expect(templates).toContain("/api/v1/timeline");
    expect(templates).toContain("/feed.xml");

    const keysFor = (template: string): string[] => {
      const kind = template.split("/").find((s) => publicKeys[s]);
      return [
        ...(kind ? (publicKeys[kind] ?? []) : []),
        ...hidden.slugs.slice(0, 12),
        ...hidden.ids.slice(-4),
      ];
    };
    const expand = (template: string): string[] => {
      const match = template.match(/\[(\.\.\.)?(\w+)\]/);
      if (!match) return [template];
      if (template.includes("/data/csv/")) return csvFiles.map((f) => template.replace(match[0], f));
      return keysFor(template).flatMap((key) => expand(template.replace(match[0], encodeURIComponent(key))));
    };
    const queries = [
      "",
      `?q=${marker}`,
      `?q=${marker}draftpartyalias`,
      `?parties=${slugOf("draftparty")}&topics=${slugOf("drafttopic")}`,
      `?party=${slugOf("deletedparty")}&topic=${slugOf("deletedtopic")}`,
      "?from=2022-01-01&to=2022-12-31",
      "?a=2022-02-01&b=2022-04-30",
      `?process=${slugOf("draftprocess")}`,
    ];
    const echoes = (query: string) => query.includes(marker);
    let requests = 0;
    const leaks: string[] = [];
    for (const template of templates) {
      for (const url of expand(template)) {
        for (const query of queries) {
          const response = await request.get(url + query, { maxRedirects: 0 });
          requests++;
          const body = (await response.text()).toLowerCase();
          if (response.status() >= 500) leaks.push(`${response.status()} ${url}${query}`);
          if (body.includes(secret)) leaks.push(`hidden text in ${url}${query}`);
          // Without the marker in the request, not even a hidden row's slug or alias may appear.
          else if (!echoes(url + query) && body.includes(marker)) leaks.push(`hidden slug in ${url}${query}`);
        }
      }
    }
    console.log(`[visibility] ${templates.length} routes, ${requests} requests, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  });
});
