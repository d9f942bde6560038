import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { eventSources, events, processes, sources } from "../db/schema";
import { e2eDatabase } from "./support/db";

/** A page on another loopback origin (127.0.0.2) that frames Parley, as a newsroom's site would. */
async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.2", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.2:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test.describe("embed", () => {
  test("only /embed may be framed", async ({ request }) => {
    const embed = await request.get("/embed");
    // No frame-ancestors at all: even `*` refuses a page opened from a local file (opaque origin).
    expect(embed.headers()["content-security-policy"]).not.toContain("frame-ancestors");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    for (const path of ["/", "/events/gomel-talks-2022-02-28", "/api/v1/events"]) {
      const response = await request.get(path);
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }
  });

  test("the embed snippet works on another origin and resizes the frame", async ({ page, baseURL }) => {
    await page.goto("/?q=Istanbul");
    await page.getByRole("button", { name: "Embed" }).click();
    const snippet = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
    expect(snippet).toContain(`${baseURL}/embed?q=Istanbul`);

    const host = await hostPage(
      `<!doctype html><title>Newsroom</title><h1>Our story</h1>${snippet}
       <iframe id="forbidden" src="${baseURL}/" title="not embeddable"></iframe>`,
    );
    try {
      await page.goto(host.url);
      const frame = page.frameLocator("iframe[data-parley-embed]");
      // Compact by default: the canvas without the list (list=1 adds it).
      // .first(): until vis-timeline's first "changed", the server-drawn strip and the canvas both hold the title.
      await expect(
        frame
          .getByTestId("timeline")
          .getByText("Russia–Ukraine talks in Istanbul")
          .filter({ visible: true })
          .first(),
      ).toBeVisible();
      await expect(frame.getByRole("banner")).toHaveCount(0); // chromeless: no site header
      // The frame grew to its content through postMessage.
      await expect
        .poll(async () =>
          page.locator("iframe[data-parley-embed]").evaluate((f) => (f as HTMLIFrameElement).style.height),
        )
        .toMatch(/^\d+px$/);
      // The timeline page itself refuses to be framed.
      await expect(page.frameLocator("#forbidden").getByText("Peace talks timeline")).toHaveCount(0);
    } finally {
      await host.close();
    }
  });

  test("?process= embeds only that process's items", async ({ page }) => {
    const stamp = Date.now().toString(36);
    const slug = `embed-other-${stamp}`;
    const title = `Jeddah round ${stamp}`;
    const { db, pool } = e2eDatabase();
    try {
      await db.transaction(async (tx) => {
        const [process] = await tx
          .insert(processes)
          .values({ slug, name: `Other talks ${stamp}`, publication: "published" })
          .returning();
        const [source] = await tx
          .insert(sources)
          .values({ url: `https://example.org/${slug}`, title: `Report ${stamp}`, publication: "published" })
          .returning();
        if (!process || !source) throw new Error("insert failed");
        const [event] = await tx
          .insert(events)
          .values({
            processId: process.id,
            slug: `${slug}-round`,
            title,
            kind: "talks",
            status: "held",
            startsOn: "2022-03-29",
            publication: "published",
          })
          .returning();
        if (!event) throw new Error("insert failed");
        await tx.insert(eventSources).values({ eventId: event.id, sourceId: source.id });
      });
      await page.goto(`/embed?process=${slug}&list=1`);
      const embed = page.getByTestId("embed");
      await expect(embed.getByText(title).first()).toBeVisible();
      await expect(embed.getByText("Russia–Ukraine talks in Istanbul")).toHaveCount(0);
      // The credit links back to the same process's view.
      await expect(page.getByTestId("embed-credit").getByRole("link")).toHaveAttribute(
        "href",
        new RegExp(`process=${slug}`),
      );

      await page.goto("/embed?process=russia-ukraine-talks-2022&list=1");
      await expect(embed.getByText("Russia–Ukraine talks in Istanbul").first()).toBeVisible();
      await expect(embed.getByText(title)).toHaveCount(0);
    } finally {
      // Later specs expect one public process (a new event then needs no process named).
      await db.update(processes).set({ deletedAt: new Date() }).where(eq(processes.slug, slug));
      await pool.end();
    }
  });
});
