import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

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
      await expect(frame.getByTestId("timeline").getByText("Russia–Ukraine talks in Istanbul")).toBeVisible();
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
});
