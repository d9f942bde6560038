import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { eventParticipants, eventSources, events, parties, sources } from "../db/schema";
import { e2eDatabase } from "./support/db";

const payload = `<img src=x onerror="window.__xss=1">xss-probe<script>window.__xss=2</script>`;

test.describe("user text is never HTML", () => {
  test.beforeAll(async () => {
    const { db: database, pool } = e2eDatabase();
    try {
      // One transaction: the provenance check runs at commit, once the event cites its source.
      await database.transaction(async (db) => {
        const [ukraine] = await db.select().from(parties).where(eq(parties.slug, "ukraine"));
        const [event] = await db
          .insert(events)
          .values({
            slug: "xss-probe-event",
            title: payload,
            summary: payload,
            kind: "statement",
            status: "held",
            startsOn: "2022-03-20",
            locationName: payload,
            publication: "published",
          })
          .onConflictDoNothing()
          .returning();
        if (!event || !ukraine) return;
        const [source] = await db
          .insert(sources)
          .values({
            url: "https://example.org/xss-probe",
            title: payload,
            outlet: payload,
            publication: "published",
          })
          .returning();
        await db
          .insert(eventParticipants)
          .values({ eventId: event.id, partyId: ukraine.id, role: "speaker" });
        if (source)
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
      await db.delete(events).where(eq(events.slug, "xss-probe-event"));
      await db.delete(sources).where(eq(sources.url, "https://example.org/xss-probe"));
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
    await page.goto("/?q=xss-probe&sel=xss-probe-event");
    await expect(page.getByTestId("timeline").locator(".vis-item", { hasText: "xss-probe" })).toBeVisible();
    await expect(page.getByTestId("timeline-list").getByRole("link", { name: /xss-probe/ })).toHaveText(
      payload,
    );
    const panel = page.getByTestId("event-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(payload);
    await expect(panel.getByRole("link", { name: /xss-probe/ })).toContainText(payload);
    await page.goto("/events/xss-probe-event");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(payload);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
