import { expect, request, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("Sign out ends the session on the server: the old cookie opens nothing afterwards", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "editor");
  const cookies = await page.context().cookies();
  const sessionCookie = cookies.find((c) => c.name.includes("session_token"));
  expect(sessionCookie).toBeTruthy();
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  // A client that kept the old cookie (a copied cookie, another tab) is refused by the server.
  const stale = await request.newContext({ baseURL, extraHTTPHeaders: { cookie: cookieHeader } });
  const session = await stale.get("/api/auth/get-session");
  expect(await session.json()).toBeNull();
  const editor = await stale.get("/editor", { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(editor.status());
  expect(editor.headers().location).toMatch(/\/sign-in/);
  await stale.dispose();
});

test("one editor's unsaved text is never put back into another editor's form", async ({ page }) => {
  const typed = `Typed by the first editor ${Date.now()}`;
  await signIn(page, "editor");
  await page.goto("/editor/events/new");
  await page.getByLabel("Title").fill(typed);
  await page.waitForTimeout(700); // the pause after which a draft is written
  await page.reload();
  await expect(page.getByLabel("Title")).toHaveValue(typed);

  page.once("dialog", (dialog) => dialog.accept()); // "You have 1 unsaved draft… Sign out anyway?"
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  const stored = await page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith("parley:draft:")),
  );
  expect(stored).toEqual([]);

  await signIn(page, "admin");
  await page.goto("/editor/events/new");
  await expect(page.getByLabel("Title")).toHaveValue("");
  await expect(page.getByText(/were restored/)).toHaveCount(0);
});
