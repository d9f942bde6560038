import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

for (const path of ["/", "/?sel=istanbul-talks-2022-03-29", "/events/istanbul-talks-2022-03-29", "/embed"]) {
  test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(
      page
        .getByTestId("timeline")
        .or(page.getByRole("heading", { level: 1 }))
        .first(),
    ).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("no serious or critical axe violations on the editor's forms, pickers open", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page);
  for (const path of [
    "/editor",
    "/editor/events/new",
    "/editor/positions/new",
    "/editor/sources/new",
    "/editor/parties/new",
    "/editor/people",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const picker = page.locator("input[role=combobox]").first();
    // Open a picker so the listbox and its options are checked too.
    if ((await picker.count()) > 0) {
      await picker.fill("u");
      await expect(page.getByRole("listbox")).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
});
