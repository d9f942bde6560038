import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { eventParticipants, eventSources, events, parties, processes, sources } from "../db/schema";
import { e2eDatabase } from "./support/db";

// Names of this run only: a retry or a leftover of an earlier run cannot collide with them (issue 11).
const marker = `xss-probe-${randomUUID().slice(0, 8)}`;
const slug = `${marker}-event`;
const sourceUrl = `https://example.org/${marker}`;
const payload = `<img src=x onerror="window.__xss=1">${marker}<script>window.__xss=2</script>`;

test.describe("user text is never HTML", () => {
  test.beforeAll(async () => {
    const { db: database, pool } = e2eDatabase();
    try {
      // One transaction: the provenance check runs at commit, once the event cites its source.
      await database.transaction(async (db) => {
        const [ukraine] = await db.select().from(parties).where(eq(parties.slug, "ukraine"));
        if (!ukraine) throw new Error("the seed has no party 'ukraine'");
        const [process] = await db
          .select()
          .from(processes)
          .where(eq(processes.slug, "russia-ukraine-talks-2022"));
        if (!process) throw new Error("the seed process is missing");
        const [event] = await db
          .insert(events)
          .values({
            processId: process.id,
            slug,
            title: payload,
            summary: payload,
            kind: "statement",
            status: "held",
            startsOn: "2022-03-20",
            locationName: payload,
            publication: "published",
          })
          .returning();
        if (!event) throw new Error("the probe event was not inserted");
        const [source] = await db
          .insert(sources)
          .values({
            url: sourceUrl,
            title: payload,
            outlet: payload,
            publication: "published",
          })
          .returning();
        if (!source) throw new Error("the probe source was not inserted");
        await db
          .insert(eventParticipants)
          .values({ eventId: event.id, partyId: ukraine.id, role: "speaker" });
        await db.insert(eventSources).values({ eventId: event.id, sourceId: source.id, excerpt: payload });
      });
    } finally {
      await pool.end();
    }
  });

  // Other specs count the seeded events: leave the database as it was.
  test.afterAll(async () => {
    const { db, pool } = e2eDatabase();
    try {
      await db.delete(events).where(eq(events.slug, slug));
      await db.delete(sources).where(eq(sources.url, sourceUrl));
    } finally {
      await pool.end();
    }
  });

  test("on the timeline, in the list, in the panel and on the event page", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/?q=${marker}&sel=${slug}`);
    await expect(page.getByTestId("timeline").locator(".vis-item", { hasText: marker })).toBeVisible();
    await expect(page.getByTestId("timeline-list").getByRole("link", { name: marker })).toHaveText(payload);
    const panel = page.getByTestId("event-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(payload);
    await expect(panel.getByRole("link", { name: marker })).toContainText(payload);
    await page.goto(`/events/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(payload);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
