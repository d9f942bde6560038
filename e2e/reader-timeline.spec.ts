import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { PHONE_WINDOW_DAYS } from "../lib/timeline/window";
import { signIn } from "./support/sign-in";

const PHONE = { width: 390, height: 844 };
const windowOf = (url: string) => {
  const u = new URL(url);
  return { from: u.searchParams.get("from"), to: u.searchParams.get("to") };
};
const days = (w: { from: string | null; to: string | null }) =>
  (Date.parse(w.to ?? "") - Date.parse(w.from ?? "")) / 86_400_000;

async function drawn(page: Page) {
  await expect(page.getByTestId("timeline")).toHaveAttribute("data-ready", "true");
}

test.describe("reader's timeline", () => {
  for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
    test(`first paint shows the items without JavaScript (${viewport.width} px)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      await page.goto("/");
      // Both strips (wide and one-lane) are in the HTML; a media query shows the one for this screen.
      // A phone's first window is the latest round and the days before it (the Gomel round is a month earlier).
      const preview = page.getByTestId("timeline-preview");
      const titles =
        viewport.width > 640
          ? ["Russia–Ukraine talks in Istanbul", "Russia–Ukraine talks in the Gomel region"]
          : ["Russia–Ukraine talks in Istanbul", "Erdogan–Putin phone call agrees Istanbul will host talks"];
      for (const title of titles) {
        await expect(preview.getByText(title).filter({ visible: true })).toBeVisible();
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`without JavaScript at ${viewport.width} px: page ${width} px wide`);
      expect(width).toBeLessThanOrEqual(viewport.width);
      await context.close();
    });

    test(`vis-timeline takes over without a jump (${viewport.width} px)`, async ({ browser }) => {
      // What each picture shows: lane labels top to bottom, and where each item's title starts.
      const picture = (root: string, item: string) => `(() => {
        const shown = (el) => el.getClientRects().length > 0;
        const root = [...document.querySelectorAll(${JSON.stringify(root)})].find(shown);
        if (!root) return null;
        const lanes = [...root.querySelectorAll(".parley-lane")].filter(shown).map((l) => l.textContent.trim());
        const items = {};
        for (const title of root.querySelectorAll(${JSON.stringify(item)} + " .parley-item-title")) {
          if (shown(title)) items[title.textContent] = Math.round(title.closest(${JSON.stringify(item)}).getBoundingClientRect().left);
        }
        const height = Math.round(document.querySelector('[data-testid="timeline"]').getBoundingClientRect().height);
        const rows = [...root.querySelectorAll(".parley-preview-track, .vis-foreground .vis-group")]
          .filter(shown).map((r) => Math.round(r.getBoundingClientRect().height));
        return { lanes, items, height, rows };
      })()`;
      type Picture = { lanes: string[]; items: Record<string, number>; height: number; rows: number[] };
      const still = await browser.newContext({ javaScriptEnabled: false, viewport });
      const stillPage = await still.newPage();
      await stillPage.goto("/");
      const before = await stillPage.evaluate<Picture | null>(
        picture(".parley-preview", "[data-preview-item]"),
      );
      await still.close();
      const live = await browser.newContext({ viewport });
      const page = await live.newPage();
      await page.goto("/");
      await drawn(page);
      await expect(page.getByTestId("timeline-preview")).toHaveCount(0);
      const after = await page.evaluate<Picture | null>(picture(".parley-timeline", ".vis-item"));
      await live.close();
      console.log(`preview ${JSON.stringify(before)}\ncanvas  ${JSON.stringify(after)}`);
      expect(after?.lanes).toEqual(before?.lanes);
      // The page below does not move: the canvas is as tall as the strip it replaces. It was 16–26 px
      // taller while the strip left out vis-timeline's 20 px margin between the axis and the first lane.
      expect(Math.abs((after?.height ?? 0) - (before?.height ?? 0))).toBeLessThanOrEqual(4);
      // Lane by lane too: the bottom lane is the one vis-timeline gives its 20 px axis margin.
      expect(after?.rows.length).toBe(before?.rows.length);
      for (const [i, row] of (before?.rows ?? []).entries()) {
        expect(Math.abs((after?.rows[i] ?? 0) - row), `lane ${i}`).toBeLessThanOrEqual(4);
      }
      const titles = Object.keys(before?.items ?? {});
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) {
        // Same place within a few pixels: same window, same lane column width.
        expect(
          Math.abs((after?.items[title] ?? -1e6) - (before?.items[title] ?? 0)),
          title,
        ).toBeLessThanOrEqual(8);
      }
    });
  }

  // The default window on a phone shows the latest round whole: its box inside the drawn track, its title unclipped.
  for (const path of ["/", "/embed"]) {
    test(`the Istanbul round is fully visible at 390 px on ${path}, in the strip and on the canvas`, async ({
      browser,
    }) => {
      /** The Istanbul item's box against its track's, and whether its title is cut (ellipsis, clamp or overflow). */
      const measure = (item: string, track: string) => `(() => {
        const shown = (el) => el.getClientRects().length > 0;
        const title = [...document.querySelectorAll(${JSON.stringify(item)} + " .parley-item-title")]
          .filter(shown).find((t) => t.textContent === "Russia–Ukraine talks in Istanbul");
        if (!title) return null;
        const box = title.closest(${JSON.stringify(item)}).getBoundingClientRect();
        const clip = title.closest(${JSON.stringify(track)}).getBoundingClientRect();
        return {
          item: [Math.round(box.left), Math.round(box.right)],
          track: [Math.round(clip.left), Math.round(clip.right)],
          cut: title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1,
        };
      })()`;
      type Fit = { item: [number, number]; track: [number, number]; cut: boolean } | null;
      const inside = (fit: Fit, what: string) => {
        console.log(`${path} ${what}: ${JSON.stringify(fit)}`);
        expect(fit, what).not.toBeNull();
        expect(fit?.item[0], what).toBeGreaterThanOrEqual(fit?.track[0] ?? 0);
        expect(fit?.item[1], what).toBeLessThanOrEqual(fit?.track[1] ?? 0);
        expect(fit?.cut, what).toBe(false);
      };
      const still = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
      const stillPage = await still.newPage();
      await stillPage.goto(path);
      inside(await stillPage.evaluate<Fit>(measure("[data-preview-item]", ".parley-preview-track")), "strip");
      await still.close();
      const live = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
      const page = await live.newPage();
      await page.goto(path);
      await drawn(page);
      await expect(page.getByTestId("timeline-preview")).toHaveCount(0);
      // The canvas settles on the phone's window once the screen width is known (after hydration);
      // what must hold is where it settles, so the measure is retried until then (or the timeout).
      const canvas = () => page.evaluate<Fit>(measure(".vis-item", ".vis-panel.vis-center"));
      await expect
        .poll(async () => {
          const fit = await canvas();
          return fit !== null && fit.item[0] >= fit.track[0] && fit.item[1] <= fit.track[1];
        })
        .toBe(true);
      inside(await canvas(), "canvas");
      await live.close();
    });
  }

  test("+ and Fit all write the window into the URL, and a shared link keeps the zoom", async ({
    page,
    browser,
  }) => {
    await page.goto("/");
    await drawn(page);
    // The first view's window is in the From/To boxes (the URL holds it only once it changes).
    const before = days({
      from: await page.getByLabel("From", { exact: true }).inputValue(),
      to: await page.getByLabel("To", { exact: true }).inputValue(),
    });
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => windowOf(page.url()).from).not.toBeNull();
    const zoomed = windowOf(page.url());
    console.log(`window before ${before} days, after + ${days(zoomed)} days`);
    expect(before).toBeGreaterThan(0);
    expect(days(zoomed)).toBeLessThan(before);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(zoomed.from ?? "");
    // The zoom landed on items, not on empty space.
    await expect(page.getByTestId("timeline-status")).not.toContainText(/^0 items/);

    const other = await browser.newContext();
    const shared = await other.newPage();
    await shared.goto(page.url());
    await drawn(shared);
    await expect(shared.getByLabel("From", { exact: true })).toHaveValue(zoomed.from ?? "");
    await expect(shared.getByLabel("To", { exact: true })).toHaveValue(zoomed.to ?? "");
    await other.close();

    await page.getByRole("button", { name: "Fit all" }).click();
    // Other specs publish events into the same database, so the exact span is not asserted.
    await expect.poll(() => windowOf(page.url()).from).not.toBe(zoomed.from);
    const list = page.getByTestId("timeline-list");
    await expect(list.getByRole("link", { name: "Russia–Ukraine talks in the Gomel region" })).toBeVisible();
    await expect(list.getByRole("link", { name: "Russia–Ukraine talks in Istanbul" })).toBeVisible();
  });

  // A phone opens on its own window (lib/timeline/window.ts phoneWindow): the boxes, the count and the
  // cite link say so, and the server sent its data, so nothing is fetched until the reader acts.
  // In Kyiv too: vis-timeline reads dates in the browser's zone, the app in UTC.
  for (const timezoneId of ["UTC", "Europe/Kyiv"]) {
    test(`a phone's first window is the one the boxes and the cite link show, with no request before interaction (${timezoneId})`, async ({
      browser,
    }) => {
      const boxes = async (page: Page) => ({
        from: await page.getByLabel("From", { exact: true }).inputValue(),
        to: await page.getByLabel("To", { exact: true }).inputValue(),
      });
      const wide = await browser.newContext();
      const widePage = await wide.newPage();
      await widePage.goto("/");
      await drawn(widePage);
      const desktop = await boxes(widePage);
      await wide.close();

      const context = await browser.newContext({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        timezoneId,
      });
      const page = await context.newPage();
      const windowRequests: string[] = [];
      page.on("request", (request) => {
        if (request.url().includes("/api/v1/timeline")) windowRequests.push(request.url());
      });
      await page.goto("/");
      await drawn(page);
      await page.waitForLoadState("networkidle");
      const phone = await boxes(page);
      console.log(`desktop window ${JSON.stringify(desktop)}, phone ${JSON.stringify(phone)}`);
      expect(phone).not.toEqual(desktop);
      expect(days(phone)).toBe(PHONE_WINDOW_DAYS.before + PHONE_WINDOW_DAYS.after);
      // The latest round (Istanbul, 29–30 March 2022) is in it.
      expect(phone.from <= "2022-03-29" && phone.to >= "2022-03-30").toBe(true);
      await expect(page.getByTestId("timeline-status")).not.toContainText(/^0 items/);
      // Soft: a failure reports every part that is wrong, not only the first.
      expect.soft(windowOf(page.url()), "the URL holds no window before the reader changes it").toEqual({
        from: null,
        to: null,
      });
      const permalink = page.locator("[data-cite-permalink]");
      await expect
        .soft(permalink)
        .toHaveAttribute("href", new RegExp(`from=${phone.from}&.*to=${phone.to}`), { timeout: 2000 });
      expect.soft(windowRequests, "requests for a window before any interaction").toEqual([]);
      // The URL takes the window on the first change: one zoom step in from the phone's window, not the desktop's.
      await page.getByRole("button", { name: "Zoom in" }).click();
      await expect.poll(() => windowOf(page.url()).from).not.toBeNull();
      const zoomed = windowOf(page.url());
      expect(days(zoomed)).toBe(days(phone) / 2);
      await context.close();
    });
  }

  for (const [q, title] of [
    ["Zelenskyy", "Zelensky's remarks to Russian journalists"],
    ["Erdoğan", "Erdogan–Putin phone call agrees Istanbul will host talks"],
    ["Kiev", "Zelensky's remarks to Russian journalists"],
  ] as const) {
    test(`searching "${q}" finds "${title}" and says why`, async ({ page }) => {
      await page.goto(`/?q=${encodeURIComponent(q)}`);
      const list = page.getByTestId("timeline-list");
      await expect(list.getByRole("link", { name: title })).toBeVisible();
      if (q === "Kiev") {
        await expect(list.getByTestId("match-reason").first()).toContainText("Kiev → Ukraine");
        await expect(list.getByRole("link", { name: /Gomel/ })).toHaveCount(0);
        await page.getByRole("button", { name: "Show only Ukraine’s events" }).click();
        await expect(page).toHaveURL(/parties=ukraine/);
      }
    });
  }

  test("the Istanbul round reads 'Outcome not recorded', not 'Scheduled'", async ({ page }) => {
    await page.goto("/events/istanbul-talks-2022-03-29");
    await expect(page.getByTestId("event-status")).toHaveText("Outcome not recorded");
  });

  test("no public page scrolls sideways on a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const widths: string[] = [];
    for (const url of [
      "/",
      "/?sel=istanbul-talks-2022-03-29",
      "/compare",
      "/compare?a=2022-02-01&b=2022-04-01",
      "/data",
      "/api",
      "/events/istanbul-talks-2022-03-29",
      "/parties/ukraine",
      "/topics/neutral-status",
      "/sign-in",
      "/embed",
    ]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      widths.push(`${url}=${width}`);
      expect(width, url).toBeLessThanOrEqual(PHONE.width);
    }
    console.log(widths.join(" "));
    await context.close();
  });

  // The editor's lists scroll inside their own box on a phone; the page itself never scrolls sideways.
  test("no editor list scrolls sideways on a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page);
    for (const url of [
      "/editor/events",
      "/editor/positions",
      "/editor/sources",
      "/editor/parties",
      "/editor/people",
      "/editor/topics",
      "/editor/import",
    ]) {
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, url).toBeLessThanOrEqual(PHONE.width);
    }
    await context.close();
  });

  // /embed sends no frame-ancestors, so even an opaque (file://) origin may frame it (`*` would not).
  test("the embed shows items when framed from a local file", async ({ page, baseURL }) => {
    const frame = `<iframe src="${baseURL}/embed?q=Istanbul" title="Parley timeline" style="width:100%;height:500px" data-parley-embed></iframe>`;
    const dir = mkdtempSync(path.join(tmpdir(), "parley-embed-"));
    const file = path.join(dir, "story.html");
    writeFileSync(file, `<!doctype html><title>Story</title><h1>Local story</h1>${frame}`);
    await page.goto(`file://${file}`);
    const local = page.frameLocator("iframe[data-parley-embed]");
    // .first(): while vis-timeline takes over, the server-drawn strip and the canvas both hold the title.
    await expect(
      local
        .getByTestId("timeline")
        .getByText("Russia–Ukraine talks in Istanbul")
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await expect(local.getByTestId("embed-credit").getByRole("link")).toHaveAttribute("href", "/?q=Istanbul");
  });

  test("the embed shows items when framed from another origin, compact by default", async ({
    page,
    baseURL,
  }) => {
    const frame = `<iframe src="${baseURL}/embed?q=Istanbul" title="Parley timeline" style="width:100%;height:500px" data-parley-embed></iframe>`;
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(`<!doctype html><title>Newsroom</title>${frame}`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.2", resolve));
    try {
      await page.goto(`http://127.0.0.2:${(server.address() as AddressInfo).port}/`);
      const remote = page.frameLocator("iframe[data-parley-embed]");
      await expect(
        remote
          .getByTestId("timeline")
          .getByText("Russia–Ukraine talks in Istanbul")
          .filter({ visible: true })
          .first(),
      ).toBeVisible();
      // Compact by default: no list unless list=1.
      await expect(remote.getByTestId("timeline-list")).toHaveCount(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
