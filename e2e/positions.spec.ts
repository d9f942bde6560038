import { expect, test } from "@playwright/test";
import { pick } from "./support/picker";
import { signIn } from "./support/sign-in";

test("an editor records a cited position, publishes it, readers see it; a stale tab gets the conflict", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const summary = `E2E neutrality only with guarantees ${Date.now()}`;
  await signIn(page);
  await page.getByRole("link", { name: "Positions", exact: true }).click();
  await page.getByRole("link", { name: "New position" }).click();

  // Without a source the form refuses: every claim is tied to one.
  await page.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("button", { name: "Create position" }).click();
  await expect(page.getByText("Cite at least one source")).toBeVisible();

  await pick(page, "Party", "Ukr", /^Ukraine/);
  // Only Ukraine's people are offered as speakers.
  const speaker = page.getByRole("combobox", { name: "Speaker (optional)" });
  await speaker.fill("Putin");
  await expect(page.getByRole("option", { name: /^Vladimir Putin/ })).toHaveCount(0);
  await expect(page.getByRole("option", { name: "Create new person “Putin”…" })).toBeVisible();
  await speaker.fill("");
  // "Zelensky" finds the stored "Zelenskyy" spelling.
  await pick(page, "Speaker (optional)", "Zelensky", /^Volodymyr Zelensky/);
  await pick(page, "Topic", "neutral", /^Neutral status/);
  await page.getByLabel("Stated on").fill("2022-04-20");
  await page.getByLabel("Kind").selectOption("red_line");
  await page.getByLabel("Stance").selectOption("conditional");
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Verbatim quote (optional)").fill("Security guarantees come first");
  await page.getByRole("button", { name: "Add source" }).click();
  await pick(page, "Source 1", "Russia, Ukraine", /^Russia, Ukraine to resume peace talks/);
  await page.getByLabel("Excerpt 1 (optional)").fill("guarantees first");
  await page.getByLabel("Publication").selectOption("published");
  await page.getByRole("button", { name: "Create position" }).click();
  await expect(page.getByRole("heading", { name: "Edit position" })).toBeVisible();
  await expect(page.getByText(/Version 1 · published/)).toBeVisible();
  const editUrl = new URL(page.url()).pathname;
  const id = editUrl.split("/").pop();

  // Readers: its own page, and the Ukraine × neutral status cell of the compare view.
  const reader = await context.browser()?.newPage();
  if (!reader) throw new Error("no browser");
  await reader.goto(`/positions/${id}`);
  await expect(reader.getByText(summary)).toBeVisible();
  await reader.goto("/compare?a=2022-02-28&b=2022-04-21&parties=ukraine&topics=neutral-status");
  // The matrix carries stances only; a cell's statements load when the reader opens it.
  const neutral = reader.locator('td[data-party="ukraine"][data-topic="neutral-status"]');
  await neutral.locator("summary").click();
  await expect(neutral).toContainText(summary);
  await reader.close();

  // Two tabs on version 1: the second save is refused, with the first tab's text shown and its own kept.
  const second = await context.newPage();
  await second.goto(editUrl);
  await page.getByLabel("Summary").fill(`${summary} (first tab)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved version 2.");
  await second.getByLabel("Verbatim quote (optional)").fill("Typed in the second tab");
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByRole("alert", { name: "Edit conflict" });
  await expect(conflict).toContainText("Someone saved this position");
  await expect(conflict).toContainText("(first tab)");
  await expect(second.getByLabel("Verbatim quote (optional)")).toHaveValue("Typed in the second tab");
  await second.getByRole("button", { name: "Keep my changes on top of theirs" }).click();
  await second.getByLabel("Note for the history (optional)").fill("Quote added from the transcript");
  await second.getByLabel("Mark as a public correction").check();
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("status")).toHaveText("Saved version 3.");

  // A change marked as a correction is noted on the reader's page.
  const corrected = await context.browser()?.newPage();
  if (!corrected) throw new Error("no browser");
  await corrected.goto(`/positions/${id}`);
  await expect(corrected.getByRole("complementary", { name: "Corrections" })).toContainText(
    "Quote added from the transcript",
  );
  await corrected.close();

  // History: restore version 1 as version 4.
  await second.goto(`${editUrl}/history`);
  await second.getByRole("button", { name: "Restore version 1" }).click();
  await expect(second.getByRole("cell", { name: "restored version 1" })).toBeVisible();
  await second.goto(editUrl);
  await expect(second.getByLabel("Summary")).toHaveValue(summary);

  // An editor deletes it: readers lose it, an editor cannot bring it back, an admin can.
  second.once("dialog", (dialog) => dialog.accept());
  await second.getByRole("button", { name: "Delete position" }).click();
  await expect(second.getByText(/Version 5 · deleted/)).toBeVisible();
  const gone = await second.request.get(`/positions/${id}`);
  expect(gone.status()).toBe(404);
  await second.getByRole("button", { name: "Restore this deleted position (admins)" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Admins only" })).toBeVisible();

  const adminContext = await context.browser()?.newContext();
  if (!adminContext) throw new Error("no browser");
  const admin = await adminContext.newPage();
  await signIn(admin, "admin");
  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "Restore this deleted position (admins)" }).click();
  await expect(admin.getByText(/Version 6 · published/)).toBeVisible();
  await adminContext.close();
});
