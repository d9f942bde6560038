import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";

test("an admin creates an editor account (common password refused) and disables it", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(e2eAccounts.admin.email);
  await page.getByLabel("Password").fill(e2eAccounts.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Accounts" }).click();

  const email = `new-${Date.now()}@example.org`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Initial password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common; choose another")).toBeVisible();
  await page.getByLabel("Initial password").fill("a perfectly long passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText("Account created.");

  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("active");
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row).toContainText("disabled");
});
