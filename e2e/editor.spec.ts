import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { pick } from "./support/picker";
import { signIn } from "./support/sign-in";

test.describe("editors", () => {
  test("an anonymous visitor gets no form and no write", async ({ page, request }) => {
    await page.goto("/editor/events/new");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByLabel("Title")).toHaveCount(0);
    // The auth library's own account endpoints are not served at all (accounts change only through
    // the admin page's checked actions), so a write straight to them is refused too.
    const response = await request.post("/api/auth/admin/create-user", {
      headers: { Origin: new URL(page.url()).origin },
      data: { email: "intruder@example.org", password: "intruder passphrase", name: "x", role: "admin" },
    });
    expect(response.status()).toBe(404);
  });

  test("sign in, add a source, create and publish an event with two sources and a participant, conflict, restore", async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const title = `E2E talks ${Date.now()} <img src=x onerror=alert(1)>`;
    await signIn(page);

    // A pasted URL that is already stored (in another spelling) is offered instead of duplicated.
    const sourceTitle = `E2E source ${Date.now()}`;
    await page.getByRole("link", { name: "Sources", exact: true }).click();
    await page.getByRole("link", { name: "New source" }).click();
    await page
      .getByLabel("URL", { exact: true })
      .fill(
        "https://WWW.PRESSTV.IR/Detail/2022/03/28/679279/Russia,-Ukraine-set-to-hold-new-round-of-peace-talks-in-Turkey,-as-Moscow-%E2%80%98regroups%E2%80%99-forces#top",
      );
    await page.getByLabel("Title").click();
    await expect(page.getByRole("status")).toContainText("already a source");
    await page.getByLabel("URL", { exact: true }).fill("javascript:alert(1)");
    await page.getByLabel("Title").fill(sourceTitle);
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(page.getByText("Use an http:// or https:// address")).toBeVisible();
    await page.getByLabel("URL", { exact: true }).fill(`https://news.example.org/${Date.now()}`);
    await page.getByLabel("Title").click();
    await expect(page.getByLabel("Outlet")).toHaveValue("news.example.org");
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(page.getByRole("heading", { name: "Edit source" })).toBeVisible();

    await page.goto("/editor");
    await page.getByRole("link", { name: "New event" }).click();
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Starts on").fill("2022-03-30");
    await page.getByRole("button", { name: "Add participant" }).click();
    // The old spelling finds the party through its alias.
    await pick(page, "Party 1", "Kiev", /^Ukraine/);
    await page.getByRole("button", { name: "Add source" }).click();
    await pick(page, "Source 1", "presstv", /^Russia, Ukraine to resume peace talks/);
    await page.getByLabel("Excerpt 1 (optional)").fill("face-to-face talks");
    await page.getByRole("button", { name: "Add source" }).click();
    await pick(page, "Source 2", sourceTitle, new RegExp(`^${sourceTitle}`));
    await page.getByLabel("Publication").selectOption("published");
    await page.getByRole("button", { name: "Create event" }).click();
    await expect(page.getByRole("heading", { name: "Edit event" })).toBeVisible();
    await expect(page.getByText(/Version 1 · published/)).toBeVisible();
    const editUrl = new URL(page.url()).pathname;

    // Readers see it on the timeline, as text.
    const reader = await context.browser()?.newPage();
    if (!reader) throw new Error("no browser");
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
    await reader.close();

    // Two tabs on the same version: the second save is refused and keeps its text.
    const second = await context.newPage();
    await second.goto(editUrl);
    await page.getByLabel("Title").fill(`${title} (first tab)`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved version 2.");
    await second.getByLabel("Summary").fill("Typed in the second tab");
    await second.getByRole("button", { name: "Save changes" }).click();
    const conflict = second.getByRole("alert", { name: "Edit conflict" });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText("(first tab)");
    await expect(second.getByLabel("Summary")).toHaveValue("Typed in the second tab");
    await second.getByRole("button", { name: "Keep my changes on top of theirs" }).click();
    await second.getByLabel("Note for the history (optional)").fill("Summary corrected");
    await second.getByLabel("Mark as a public correction").check();
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect(second.getByRole("status")).toHaveText("Saved version 3.");

    // Readers see the correction note, and the markup-looking title as plain text.
    await second.getByRole("link", { name: "Public page" }).click();
    await expect(second.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(second.getByRole("complementary", { name: "Corrections" })).toContainText(
      "Summary corrected",
    );

    // Restore version 1: a new version 4 with the original title.
    await second.goto(`${editUrl}/history`);
    // The comparison names linked rows and editors; it never shows their ids.
    const comparison = second.getByRole("region", { name: "Comparison" });
    await expect(comparison).toContainText("Ukraine — Delegation");
    await expect(comparison).toContainText("“face-to-face talks”");
    await expect(comparison).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await expect(second.getByRole("cell", { name: e2eAccounts.editor.email }).first()).toBeVisible();
    await second.getByRole("button", { name: "Restore version 1" }).click();
    await expect(second.getByRole("cell", { name: "restored version 1" })).toBeVisible();
    await second.goto(editUrl);
    await expect(second.getByLabel("Title")).toHaveValue(title);

    // Delete it (soft): readers lose it, so the reader specs' seed counts hold after this spec.
    second.once("dialog", (dialog) => dialog.accept());
    await second.getByRole("button", { name: "Delete event" }).click();
    await expect(second.getByText(/Version 5 · deleted/)).toBeVisible();
    await second.getByLabel("Summary").fill("Typed after the delete");

    // Signed out, the same form's save is refused on the server.
    await context.clearCookies();
    await second.getByLabel("Summary").fill("after sign-out");
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect(second.getByRole("status")).toHaveText("Sign in first");
    await expect(second.getByText("Your session has ended. Your text is still here")).toBeVisible();
    await expect(second.getByLabel("Summary")).toHaveValue("after sign-out");
  });
});
