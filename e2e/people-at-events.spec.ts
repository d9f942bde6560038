import { expect, type Locator, type Page, test } from "@playwright/test";
import { pick } from "./support/picker";
import { signIn } from "./support/sign-in";

/** Creates a person from a picker row without leaving the event form: the dialog, their party, publication. */
async function createPersonInline(
  page: Page,
  row: string,
  name: string,
  party: string,
  publication: "draft" | "published",
) {
  const input = page.getByRole("combobox", { name: row, exact: true });
  await input.click();
  await input.fill(name);
  await page.getByRole("option", { name: `Create new person “${name}”…` }).click();
  const dialog = page.getByRole("dialog", { name: "New person" });
  await expect(dialog.getByLabel("Name", { exact: true })).toHaveValue(name);
  await pick(page, "Speaks for", party, new RegExp(`^${party}`));
  await dialog.getByLabel("Publication").selectOption(publication);
  await dialog.getByRole("button", { name: "Create person" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(input).toHaveValue(name);
}

test("the Antalya meeting with who was in the room: entered, published with a source, found by “Lavrov”", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const started = Date.now();
  const stamp = Date.now().toString(36);
  const title = `Lavrov–Kuleba meeting in Antalya ${stamp}`;
  const lavrov = `Sergey Lavrov ${stamp}`;
  const kuleba = `Dmytro Kuleba ${stamp}`;
  const cavusoglu = `Mevlüt Çavuşoğlu ${stamp}`;
  await signIn(page);

  await page.goto("/editor/events");
  await expect(page.getByRole("link", { name: "Events", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Kind").selectOption("meeting");
  await page.getByLabel("Starts on").fill("2022-03-10");
  // A day long past: the status follows the date.
  await expect(page.getByLabel("Status")).toHaveValue("held");
  await page.getByLabel("Location").fill("Antalya");
  await page.getByLabel("Country").fill("Turkey");

  await page.getByRole("button", { name: "Add participant" }).click();
  await pick(page, "Party 1", "Russia", /^Russia/);
  await page.getByRole("button", { name: "Add participant" }).click();
  await pick(page, "Party 2", "Kiev", /^Ukraine/);
  await page.getByRole("button", { name: "Add participant" }).click();
  await pick(page, "Party 3", "Turkey", /^Turkey/);
  await page.getByLabel("Role 3").selectOption("host");

  await page.getByRole("button", { name: "Add person" }).click();
  await createPersonInline(page, "Person 1", lavrov, "Russia", "published");
  await page.getByLabel("Role of person 1").selectOption("head_of_delegation");
  await page.getByRole("button", { name: "Add person" }).click();
  await createPersonInline(page, "Person 2", kuleba, "Ukraine", "draft");
  await page.getByLabel("Role of person 2").selectOption("head_of_delegation");
  await page.getByRole("button", { name: "Add person" }).click();
  await createPersonInline(page, "Person 3", cavusoglu, "Turkey", "published");
  await page.getByLabel("Role of person 3").selectOption("host");

  await page.getByRole("button", { name: "Add source" }).click();
  await pick(page, "Source 1", "presstv", /^Russia, Ukraine to resume peace talks/);
  await page.getByLabel("Publication").selectOption("published");

  // The draft notice names Kuleba, links him, and publishes him in one click.
  const notice = page.getByRole("note");
  await expect(notice.getByRole("link", { name: kuleba })).toBeVisible();
  await notice.getByRole("button", { name: `Publish ${kuleba}` }).click();
  await expect(notice).toHaveCount(0);

  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { name: "Event created and published." })).toBeFocused();
  await expect(page.getByRole("link", { name: "Add a position stated here" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add another event" })).toBeVisible();
  await page.getByRole("link", { name: "View public page" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const room = page.getByRole("region", { name: "People present" });
  await expect(room.getByRole("listitem")).toHaveText([
    new RegExp(`^${kuleba}, Ukraine — Head of delegation$`),
    new RegExp(`^${lavrov}, Russia — Head of delegation$`),
    new RegExp(`^${cavusoglu}, Turkey — Host$`),
  ]);
  // Signed in, the public page offers the next step.
  await expect(page.getByRole("link", { name: "Add position" })).toBeVisible();

  await page.goto("/?q=Lavrov");
  await expect(page.getByTestId("timeline-list").getByRole("link", { name: title })).toBeVisible();
  await page.getByTestId("timeline-list").getByRole("link", { name: title }).click();
  await expect(page.getByTestId("event-panel").getByRole("region", { name: "People present" })).toContainText(
    lavrov,
  );
  console.log(`[antalya journey] ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** Presses Tab until `target` has focus, proving it is reachable from the keyboard. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** Moves through an open picker's options with the arrow keys until `name` is active, then chooses it with Enter. */
async function chooseWithArrows(page: Page, name: string | RegExp) {
  const option = page.getByRole("option", { name }).first();
  await expect(option).toBeVisible();
  for (let i = 0; i < 20 && (await option.getAttribute("data-focus")) === null; i++)
    await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("data-focus", "");
  await page.keyboard.press("Enter");
}

test("keyboard only: an event with people, a new person from the picker's dialog, rows added and removed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const title = `Keyboard-only meeting ${stamp}`;
  const newcomer = `Keyboard Person ${stamp}`;
  await signIn(page);
  await page.goto("/editor/events/new");

  const titleField = page.getByLabel("Title");
  await tabTo(page, titleField);
  await page.keyboard.type(title);
  await tabTo(page, page.getByLabel("Starts on"));
  await page.keyboard.type("03102022"); // the date picker takes digits in the reader's own order (en-US here)
  await expect(page.getByLabel("Starts on")).toHaveValue("2022-03-10");

  // Add a person: Enter on the button, focus moves into the new row's picker.
  await tabTo(page, page.getByRole("button", { name: "Add person" }));
  await page.keyboard.press("Enter");
  const first = page.getByRole("combobox", { name: "Person 1", exact: true });
  await expect(first).toBeFocused();
  await page.keyboard.type("Zelensk");
  await chooseWithArrows(page, /^Volodymyr Zelensky/);
  await expect(first).toHaveValue(/Zelensky/);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Role of person 1")).toBeFocused();
  await page.keyboard.press("ArrowUp"); // from "Delegate" up to "Head of delegation", list closed
  await expect(page.getByLabel("Role of person 1")).toHaveValue("head_of_delegation");

  // A second row, for someone not stored yet: the create option opens a dialog, all by keyboard.
  await tabTo(page, page.getByRole("button", { name: "Add person" }));
  await page.keyboard.press("Enter");
  const second = page.getByRole("combobox", { name: "Person 2", exact: true });
  await expect(second).toBeFocused();
  await page.keyboard.type(newcomer);
  await chooseWithArrows(page, `Create new person “${newcomer}”…`);
  const dialog = page.getByRole("dialog", { name: "New person" });
  // (The dialog's own box has no size; its panel is what shows.)
  await expect(dialog.getByRole("heading", { name: "New person" })).toBeVisible();
  await tabTo(page, dialog.getByRole("combobox", { name: "Speaks for" }));
  await page.keyboard.type("Ukraine");
  await chooseWithArrows(page, /^Ukraine/);
  await tabTo(page, dialog.getByRole("button", { name: "Create person" }));
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(second).toHaveValue(newcomer);

  // A third row added by mistake is removed from the keyboard.
  await tabTo(page, page.getByRole("button", { name: "Add person" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Person 3", exact: true })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Remove person 3" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Person 3", exact: true })).toHaveCount(0);

  // Ctrl+S saves; focus lands on the confirmation, and Tab reaches its next steps.
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("heading", { name: "Event created as a draft." })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Add a position stated here" })).toBeFocused();

  // What was saved: both people, in their roles (the editor page's pickers show them).
  await expect(page.getByRole("combobox", { name: "Person 1", exact: true })).toHaveValue(/Zelensky/);
  await expect(page.getByRole("combobox", { name: "Person 2", exact: true })).toHaveValue(newcomer);
  await expect(page.getByLabel("Role of person 1")).toHaveValue("head_of_delegation");
});
