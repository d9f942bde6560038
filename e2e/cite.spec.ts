import { expect, test } from "@playwright/test";

test.describe("how to cite", () => {
  test("after a filter change on /, the cite line's permalink opens the same view", async ({ page }) => {
    await page.goto("/");
    const cite = page.locator("[data-cite]");
    const permalink = cite.locator("[data-cite-permalink]");
    // Without a window in the URL the permalink pins the default one, so the view outlives new data.
    await expect(permalink).toHaveAttribute("href", /\/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);

    const unfiltered = await page.getByTestId("timeline-counts").textContent();
    await page.locator("summary", { hasText: "Parties" }).click();
    await page.getByRole("checkbox", { name: "Turkey" }).check();
    await expect(page).toHaveURL(/parties=turkey/);
    await expect(permalink).toHaveAttribute("href", /[?&]parties=turkey(&|$)/);
    await expect(cite).toContainText(/^How to cite this view.*Parley, ‘Peace talks timeline’, http/);
    await expect(cite).toContainText(
      /data version [0-9a-f]{16}, retrieved \d{4}-\d{2}-\d{2}\. Licence CC BY 4\.0\./,
    );
    // The counts follow the filter once its window has loaded: read them after that, not before.
    // Not merely "changed": the unfiltered count itself can change as the canvas takes over from the
    // strip (items in view), so wait for fewer matching events than there are (N of M, N < M).
    await expect(page.getByTestId("timeline-counts")).not.toHaveText(unfiltered ?? "");
    await expect
      .poll(async () => {
        const text = (await page.getByTestId("timeline-counts").textContent()) ?? "";
        const found = text.match(/(\d+) of (\d+) events match/);
        return found !== null && Number(found[1]) > 0 && Number(found[1]) < Number(found[2]);
      })
      .toBe(true);
    const counts = await page.getByTestId("timeline-counts").textContent();
    const href = await permalink.getAttribute("href");
    expect(href).toBeTruthy();

    const other = await page.context().newPage();
    await other.goto(new URL(href ?? "").pathname + new URL(href ?? "").search);
    // The party group opens by itself when a filter is set; the box is checked either way.
    await expect(other.locator("summary", { hasText: "Parties (1)" })).toBeVisible();
    await expect(other.getByRole("checkbox", { name: "Turkey", includeHidden: true })).toBeChecked();
    await expect(other.getByTestId("timeline-counts")).toHaveText(counts ?? "");
    await expect(other.getByTestId("timeline-list").getByRole("link", { name: /Gomel/ })).toHaveCount(0);
    // The reopened view cites itself with the same permalink.
    await expect(other.locator("[data-cite-permalink]")).toHaveAttribute("href", href ?? "");
  });

  test("event and compare pages cite their own permalink", async ({ page }) => {
    await page.goto("/events/istanbul-talks-2022-03-29");
    await expect(page.locator("[data-cite]")).toContainText("‘Russia–Ukraine talks in Istanbul’");
    await expect(page.locator("[data-cite-permalink]")).toHaveAttribute(
      "href",
      /\/events\/istanbul-talks-2022-03-29$/,
    );
    await page.goto("/compare?parties=ukraine,russia&a=2022-03-29");
    await expect(page.locator("[data-cite-permalink]")).toHaveAttribute(
      "href",
      /\/compare\?a=2022-03-29&parties=ukraine,russia$/,
    );
  });
});
