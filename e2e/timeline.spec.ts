import { expect, test } from "@playwright/test";

test.describe("timeline (foundation)", () => {
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
  });

  test("lists the same events as text for readers without the canvas", async ({ page }) => {
    await page.goto("/");
    const list = page
      .getByRole("region", { name: /Events/ })
      .or(page.locator("section[aria-labelledby=event-list-heading]"));
    await expect(list.getByRole("link", { name: "Russia–Ukraine talks in the Gomel region" })).toBeVisible();
    await expect(list.getByRole("link", { name: "Russia–Ukraine talks in Istanbul" })).toBeVisible();
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
  });

  test("an unknown event is a 404 page", async ({ page }) => {
    const response = await page.goto("/events/no-such-event");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});
