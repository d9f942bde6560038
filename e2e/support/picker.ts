import { expect, type Page } from "@playwright/test";

/** Types into a search picker and chooses the first option whose name matches. */
export async function pick(page: Page, label: string, query: string, option: string | RegExp) {
  const input = page.getByRole("combobox", { name: label, exact: true });
  await input.click();
  await input.fill(query);
  await page.getByRole("option", { name: option }).first().click();
  await expect(page.getByRole("listbox")).toHaveCount(0);
}
