import { expect, test } from "@playwright/test";
import { pick } from "./support/picker";
import { signIn } from "./support/sign-in";

test("an editor creates a process with a mediator, publishes it, finds it public, then deletes it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const name = `Black Sea talks ${stamp}`;
  await signIn(page);
  await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Processes" }).click();
  await expect(page.getByRole("heading", { name: "Processes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Russia–Ukraine talks (2022)" })).toBeVisible();
  await page.getByRole("link", { name: "New process" }).click();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Conflict (optional)").fill("Russia–Ukraine war");
  await page.getByRole("button", { name: "Add party" }).click();
  await pick(page, "Party 1", "Turk", "Turkey");
  await page.getByLabel("Role 1").selectOption("mediator");
  await page.getByRole("button", { name: "Create process" }).click();

  await expect(page.getByRole("heading", { name: `Edit process: ${name}` })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Party 1" })).toHaveValue("Turkey");
  await expect(page.getByLabel("Role 1")).toHaveValue("mediator");
  // A draft: readers cannot open its page.
  const slug = `black-sea-talks-${stamp}`;
  expect((await page.request.get(`/processes/${slug}`)).status()).toBe(404);

  await page.getByRole("button", { name: "Publish this process" }).click();
  await expect(page.getByRole("link", { name: "Public page" })).toBeVisible();
  // The form below follows: it now shows the published row, so the next save builds on it.
  await expect(page.getByLabel("Publication")).toHaveValue("published");
  const publicPage = await page.request.get(`/processes/${slug}`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).toContain("Turkey");

  // An edit makes version 3; the history lists all three.
  await page.getByLabel("Summary (optional)").fill("Talks on shipping through the Black Sea.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved version 3.")).toBeVisible();
  await page.getByRole("link", { name: "History" }).first().click();
  await expect(page.getByRole("heading", { name: `History: ${name}` })).toBeVisible();
  await expect(page.getByText("Current version 3")).toBeVisible();

  // Deleted again, so later specs still see one public process.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete process" }).click();
  await expect(page.getByText(/· deleted ·/)).toBeVisible();
  expect((await page.request.get(`/processes/${slug}`)).status()).toBe(404);
});
