import { expect, type Page } from "@playwright/test";
import { e2eAccounts } from "../accounts";

/** Signs in through the form, as a journalist would, and waits for the editor's home. */
export async function signIn(page: Page, account: keyof typeof e2eAccounts = "editor") {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(e2eAccounts[account].email);
  await page.getByLabel("Password").fill(e2eAccounts[account].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Events" })).toBeVisible();
}
