import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";

const PRESS_TV = /^https:\/\/www\.presstv\.ir\/Detail\/2022\/03\/28\/679279\//;
const matrix = (page: Page) => page.getByRole("region", { name: "Comparison table" });
const cell = (page: Page, party: string, topic: string) =>
  page.locator(`td[data-party="${party}"][data-topic="${topic}"]`);

test.describe("compare positions", () => {
  test("shows Ukraine's neutral status as changed, with Zelensky's statement and the Press TV source", async ({
    page,
  }) => {
    await page.goto("/compare?a=2022-02-28&b=2022-03-29");
    await expect(page.getByRole("heading", { level: 1, name: "Compare positions" })).toBeVisible();
    const table = page.getByRole("table", { name: /as of 28 February 2022 \(A\) and 29 March 2022 \(B\)/ });
    await expect(table).toBeVisible();

    const neutral = cell(page, "ukraine", "neutral-status");
    await expect(neutral).toHaveAttribute("data-change", "first-stated");
    await expect(neutral.getByText("Changed", { exact: true })).toBeVisible();
    await expect(neutral).toContainText("Conditional");
    // Red lines that held are marked; a cell with nothing on either date is not "changed".
    await expect(
      cell(page, "ukraine", "security-guarantees").getByText("Red line", { exact: true }),
    ).toBeVisible();
    await expect(cell(page, "belarus", "crimea")).toHaveAttribute("data-change", "none");
    await expect(cell(page, "belarus", "crimea").getByText("Changed")).toHaveCount(0);

    await neutral.locator("summary").click();
    await expect(neutral.getByText("Kyiv is willing to assume neutral status")).toBeVisible();
    await expect(neutral.getByText(/Volodymyr Zelensky, President of Ukraine/)).toBeVisible();
    await expect(neutral.getByText("As reported:")).toBeVisible();
    const source = neutral.getByRole("link", { name: /Press TV: Russia, Ukraine to resume peace talks/ });
    await expect(source).toHaveAttribute("href", PRESS_TV);
    await expect(source).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
    await expect(source).toHaveAttribute("target", "_blank");

    await neutral.getByRole("link", { name: /Position and sources/ }).click();
    await expect(page).toHaveURL(/\/positions\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ukraine on neutral status");
    await expect(page.getByRole("link", { name: /Russia, Ukraine to resume peace talks/ })).toHaveAttribute(
      "href",
      PRESS_TV,
    );
  });

  test("without JavaScript a cell still leads to its party's dated statements and sources", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/compare?a=2022-02-28&b=2022-03-29");
    const neutral = cell(page, "ukraine", "neutral-status");
    await expect(neutral).toHaveAttribute("data-change", "first-stated");
    await neutral.locator("summary").click();
    await neutral.getByRole("link", { name: /Dated statements and sources/ }).click();
    await expect(page).toHaveURL(/\/topics\/neutral-status#lane-ukraine$/);
    await expect(page.locator("#lane-ukraine")).toBeVisible();
    await expect(page.getByText(/Kyiv is willing to assume neutral status/).first()).toBeVisible();
    await context.close();
  });

  test("the form picks two dates and filters, and the URL reopens the same comparison", async ({ page }) => {
    await page.goto("/compare");
    await page.getByLabel("Date A").fill("2022-03-27");
    await page.getByLabel("Date B").fill("2022-03-28");
    await page.getByText("Parties: all").click();
    await page.getByRole("checkbox", { name: "Russia" }).check();
    await page.getByRole("checkbox", { name: "Ukraine" }).check();
    await page.getByRole("button", { name: "Compare" }).click();

    await expect(page).toHaveURL(/a=2022-03-27&b=2022-03-28/);
    const check = async () => {
      await expect(matrix(page).getByRole("columnheader")).toHaveText(["Topic", "Russia", "Ukraine"]);
      // Russia's aims are dated approximately to 28 March: absent on the 27th, present on the 28th.
      await expect(cell(page, "russia", "demilitarization")).toHaveAttribute("data-change", "first-stated");
      await expect(cell(page, "ukraine", "neutral-status")).toHaveAttribute("data-change", "unchanged");
      await expect(cell(page, "ukraine", "guarantor-states")).toHaveAttribute("data-change", "first-stated");
    };
    await check();
    const url = page.url();
    await page.goto("about:blank");
    await page.goto(url);
    await check();
    await expect(page.getByLabel("Date A")).toHaveValue("2022-03-27");

    await page.getByLabel("Changed only").check();
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/changed=1/);
    await expect(matrix(page).getByRole("rowheader")).toHaveText([
      "Demilitarization",
      "Denazification",
      "Guarantor states",
      "Humanitarian corridors",
    ]);
  });

  test("quick picks set a date to a talks round", async ({ page }) => {
    await page.goto("/compare?a=2022-03-01&b=2022-03-02");
    await page.getByRole("link", { name: "Date A: Before Gomel region" }).click();
    await expect(page).toHaveURL(/a=2022-02-27&b=2022-03-02/);
    await page.getByRole("link", { name: "Date B: Istanbul, 29 Mar 2022" }).click();
    await expect(page).toHaveURL(/a=2022-02-27&b=2022-03-29/);
    await expect(cell(page, "turkey", "ceasefire")).toHaveAttribute("data-change", "first-stated");
  });

  test("invalid parameters get a clear message, not an error page", async ({ page }) => {
    const response = await page.goto("/compare?a=2022-02-30&parties=Ukraine");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: "not valid" });
    await expect(alert).toContainText("Date A: Not a real calendar date");
    await expect(alert).toContainText("parties:");
  });

  test("exports one CSV row per party × topic with source URLs", async ({ page, request }) => {
    const response = await request.get("/compare/export.csv?a=2022-02-28&b=2022-03-29");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const parsed = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields?.slice(0, 5)).toEqual([
      "party",
      "party_slug",
      "topic",
      "topic_slug",
      "as_of_a",
    ]);
    await page.goto("/compare?a=2022-02-28&b=2022-03-29");
    const parties = (await matrix(page).getByRole("columnheader").count()) - 1;
    const topics = await matrix(page).getByRole("rowheader").count();
    expect(parsed.data).toHaveLength(parties * topics);
    const neutral = parsed.data.find((r) => r.party_slug === "ukraine" && r.topic_slug === "neutral-status");
    expect(neutral?.source_urls_b).toMatch(PRESS_TV);
    expect((await request.get("/compare/export.json?b=nope")).status()).toBe(422);
  });

  test("matrix headers lead to the topic and party histories", async ({ page }) => {
    await page.goto("/compare?a=2022-02-28&b=2022-03-29");
    await matrix(page).getByRole("rowheader").getByRole("link", { name: "Security guarantees" }).click();
    await expect(page).toHaveTitle(/Security guarantees: positions over time/);
    await expect(page.getByText("first stated").first()).toBeVisible();
    await page.getByRole("heading", { level: 2 }).getByRole("link", { name: "Ukraine" }).click();
    await expect(page.getByRole("heading", { name: "Red lines" })).toBeVisible();
    const redLines = page.getByRole("table", { name: "Red lines and how they held" });
    await expect(
      redLines.getByRole("row", { name: /Sovereignty and territorial integrity.*27 March 2022.*Holds/ }),
    ).toBeVisible();
    expect((await page.goto("/topics/no-such-topic"))?.status()).toBe(404);
  });

  for (const path of ["/topics/neutral-status", "/parties/ukraine"]) {
    test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

  test("has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto("/compare?a=2022-02-28&b=2022-03-29");
    await cell(page, "ukraine", "neutral-status").locator("summary").click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
