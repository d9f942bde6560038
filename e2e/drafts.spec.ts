import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("typed text survives a reload; a restored edit made on an old version comes back as a conflict", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const title = `E2E draft ${Date.now()}`;
  await signIn(page);

  // A new event, never saved: the tab is reloaded (a crash, a closed laptop).
  await page.goto("/editor/events/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Typed before the crash");
  // Reloaded at once, before the pause that writes the draft: leaving the page writes it.
  await page.reload();
  await expect(page.getByText(/Unsaved changes from .* were restored/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Summary")).toHaveValue("Typed before the crash");
  await page.getByLabel("Starts on").fill("2022-04-07");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { name: "Edit event" })).toBeVisible();
  const editUrl = new URL(page.url()).pathname;

  // Saved: nothing is left to restore.
  await page.goto("/editor/events/new");
  await expect(page.getByLabel("Title")).toHaveValue("");
  await expect(page.getByText(/were restored/)).toHaveCount(0);

  // Editing version 1, the editor's tab dies; meanwhile a colleague saves version 2.
  await page.goto(editUrl);
  await page.getByLabel("Summary").fill("My correction, typed on version 1");
  await page.waitForTimeout(700);
  await page.goto("about:blank");
  const colleague = await context.browser()?.newContext();
  if (!colleague) throw new Error("no browser");
  const other = await colleague.newPage();
  await signIn(other);
  await other.goto(editUrl);
  await other.getByLabel("Location").fill("Istanbul");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("status")).toHaveText("Saved version 2.");
  await colleague.close();

  // Back: the text is restored, and saving it shows the colleague's change instead of overwriting it.
  await page.goto(editUrl);
  await expect(page.getByLabel("Summary")).toHaveValue("My correction, typed on version 1");
  await page.getByRole("button", { name: "Save changes" }).click();
  const conflict = page.getByRole("alert", { name: "Edit conflict" });
  await expect(conflict).toContainText("Istanbul");
  await page.getByRole("button", { name: "Keep my changes on top of theirs" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved version 3.")).toBeVisible();

  // Discarding a restored draft goes back to the stored row.
  await page.getByLabel("Country").fill("Turkey (typed, then discarded)");
  await page.waitForTimeout(700);
  await page.reload();
  await expect(page.getByLabel("Country")).toHaveValue("Turkey (typed, then discarded)");
  await page.getByRole("button", { name: "Discard them" }).click();
  await expect(page.getByLabel("Country")).toHaveValue("");
  // Discarded for good: the next visit has nothing to put back.
  await page.waitForTimeout(700);
  await page.reload();
  await expect(page.getByLabel("Summary")).toHaveValue("My correction, typed on version 1");
  await expect(page.getByText(/were restored/)).toHaveCount(0);
  await expect(page.getByLabel("Country")).toHaveValue("");
});

test("a save that never reaches the server, or meets a server error, is shown and loses nothing", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const title = `E2E lost save ${Date.now()}`;
  await signIn(page);
  await page.goto("/editor/events/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Starts on").fill("2022-04-08");

  // Server actions post to the page's own URL with a Next-Action header: cut the line, then answer 500.
  let failWith: "abort" | 500 | null = "abort";
  await page.route("**/editor/events/new", async (route) => {
    const isAction = route.request().method() === "POST" && route.request().headers()["next-action"];
    if (!isAction || failWith === null) return route.continue();
    if (failWith === "abort") return route.abort("internetdisconnected");
    return route.fulfill({ status: 500, contentType: "text/html", body: "<h1>Internal Server Error</h1>" });
  });
  const create = page.getByRole("button", { name: "Create event" });
  const status = page.getByRole("status").filter({ hasText: "did not go through" });

  await create.click();
  await expect(status).toBeVisible();
  await expect(create).toBeEnabled();
  await expect(page.getByLabel("Title")).toHaveValue(title);

  failWith = 500;
  await page.getByLabel("Summary").fill("Typed after the first failure");
  await create.click();
  await expect(status).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("Typed after the first failure");

  // The draft survives a reload, and once the line is back the same text saves.
  await page.reload();
  await expect(page.getByText(/Unsaved changes from .* were restored/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  failWith = null;
  await create.click();
  await expect(page.getByRole("heading", { name: "Edit event" })).toBeVisible();
});
