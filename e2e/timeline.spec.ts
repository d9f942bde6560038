import { expect, test } from "@playwright/test";

test.describe("timeline", () => {
  test("shows the seeded Gomel and Istanbul events and opens Istanbul's sources", async ({ page }) => {
    await page.goto("/");
    const timeline = page.getByTestId("timeline");
    await expect(timeline.locator(".vis-item", { hasText: "Gomel region" })).toBeVisible();
    const istanbul = timeline.locator(".vis-item", { hasText: "talks in Istanbul" });
    await expect(istanbul).toBeVisible();
    await istanbul.click();
    const panel = page.getByTestId("event-panel");
    await expect(panel.getByRole("heading", { name: "Russia–Ukraine talks in Istanbul" })).toBeVisible();
    const source = panel.getByRole("link", { name: /Russia, Ukraine to resume peace talks in Turkey/ });
    await expect(source).toHaveAttribute(
      "href",
      /^https:\/\/www\.presstv\.ir\/Detail\/2022\/03\/28\/679279\//,
    );
    await expect(source).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
    await expect(source).toHaveAttribute("target", "_blank");
    await expect(page).toHaveURL(/sel=istanbul-talks-2022-03-29/);
  });

  test("search finds the Istanbul round and the shared URL reopens the same view", async ({
    page,
    browser,
  }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search" }).fill("Istanbul");
    const list = page.getByTestId("timeline-list");
    // Totals are checked as patterns: other specs publish events into the same database.
    await expect(page.getByTestId("timeline-counts")).toContainText(/^2 of \d+ events match/);
    await expect(list.getByRole("link", { name: "Russia–Ukraine talks in Istanbul" })).toBeVisible();
    await expect(list.getByRole("link", { name: /Gomel/ })).toHaveCount(0);
    await list.getByRole("link", { name: "Russia–Ukraine talks in Istanbul" }).click();
    await expect(
      page.getByTestId("event-panel").getByRole("link", { name: /Russia, Ukraine to resume/ }),
    ).toBeVisible();
    await expect(page).toHaveURL(/q=Istanbul/);

    const shared = page.url();
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(shared);
    await expect(other.getByRole("searchbox", { name: "Search" })).toHaveValue("Istanbul");
    await expect(other.getByTestId("timeline-counts")).toContainText(/^2 of \d+ events match/);
    await expect(
      other.getByTestId("event-panel").getByRole("heading", { name: "Russia–Ukraine talks in Istanbul" }),
    ).toBeVisible();
    await fresh.close();
  });

  test("search knows aliases: Kiev finds what is written Kyiv", async ({ page }) => {
    await page.goto("/?q=Kiev");
    await expect(
      page
        .getByTestId("timeline-list")
        .getByRole("link", { name: "Zelensky's remarks to Russian journalists" }),
    ).toBeVisible();
  });

  test("filters by party and shows the counts; Back undoes a filter", async ({ page }) => {
    await page.goto("/");
    await page.locator("summary", { hasText: "Parties" }).click();
    await page.getByRole("checkbox", { name: "Turkey" }).check();
    await expect(page.getByTestId("timeline-counts")).not.toContainText(/^(\d+) of \1 events/);
    const list = page.getByTestId("timeline-list");
    await expect(list.getByRole("link", { name: /Erdogan–Putin phone call/ })).toBeVisible();
    await expect(list.getByRole("link", { name: /Gomel/ })).toHaveCount(0);
    await expect(page).toHaveURL(/parties=turkey/);
    await page.goBack();
    await expect(page.getByTestId("timeline-counts")).toContainText(/^(\d+) of \1 events match/);
  });

  test("the list is keyboard-usable: arrows move, Enter opens", async ({ page }) => {
    await page.goto("/");
    const links = page.getByTestId("timeline-list").getByRole("link");
    await links.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    const title = (await links.nth(1).textContent()) ?? "";
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("event-panel").getByRole("heading", { level: 2 })).toHaveText(title);
    await page.getByRole("button", { name: "Close details" }).click();
    await expect(page.getByTestId("event-panel")).toHaveCount(0);
  });

  test("works without JavaScript through the list and a plain form", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await expect(
      page.getByTestId("timeline-list").getByRole("link", { name: "Russia–Ukraine talks in Istanbul" }),
    ).toHaveAttribute("href", "/events/istanbul-talks-2022-03-29");
    await page.getByRole("searchbox", { name: "Search" }).fill("Gomel");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=Gomel/);
    await expect(page.getByTestId("timeline-list").getByRole("link")).toHaveText([
      "Russia–Ukraine talks in the Gomel region",
    ]);
    await context.close();
  });

  test("an event page shows participants, positions and sources", async ({ page }) => {
    await page.goto("/events/zelensky-speech-2022-03-27");
    await expect(page).toHaveTitle(/Zelensky's speech naming Ukraine's red lines/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Zelensky's speech naming Ukraine's red lines",
    );
    await expect(
      page.getByText("Ukraine’s sovereignty and territorial integrity are beyond doubt.").first(),
    ).toBeVisible();
    const source = page
      .getByRole("link", { name: /Russia, Ukraine to resume peace talks in Turkey/ })
      .first();
    await expect(source).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Zelensky's speech/);
  });

  test("an unknown event is a 404 page", async ({ page }) => {
    const response = await page.goto("/events/no-such-event");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("a mangled shared link still opens, with a note", async ({ page }) => {
    const response = await page.goto("/?from=2022-99-99&kinds=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "not understood" })).toBeVisible();
    await expect(page.getByTestId("timeline-list").getByRole("link").first()).toBeVisible();
  });
});
