import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { signIn } from "./support/sign-in";

test("an admin creates an editor account (common password refused), promotes it, and disables it: each counts on the next request", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Manage users" }).click();

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

  // The new editor signs in elsewhere and has no admin page.
  const elsewhere = await browser.newContext();
  const them = await elsewhere.newPage();
  await them.goto("/sign-in");
  await them.getByLabel("Email").fill(email);
  await them.getByLabel("Password").fill("a perfectly long passphrase");
  await them.getByRole("button", { name: "Sign in" }).click();
  await expect(them.getByRole("heading", { name: "Events" })).toBeVisible();
  await expect(them.getByRole("link", { name: "Manage users" })).toHaveCount(0);

  // Promoted: their very next request sees the admin role.
  await row.getByRole("button", { name: "Make admin" }).click();
  // Wait for the saved state ("Make admin" itself contains "admin", so the text alone proves nothing).
  await expect(row.getByRole("button", { name: "Make editor" })).toBeVisible();
  await them.reload();
  await expect(them.getByRole("link", { name: "Manage users" })).toBeVisible();
  // An admin cannot demote or disable themselves, so the last admin cannot lock everyone out.
  const own = page.getByRole("row", { name: new RegExp(e2eAccounts.admin.email) });
  await expect(own).toBeVisible();
  await expect(own.getByRole("button")).toHaveCount(0);

  // Disabled: their open session is refused on the next request.
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row).toContainText("disabled");
  await them.reload();
  await expect(them).toHaveURL(/\/sign-in$/);
  await elsewhere.close();
});
