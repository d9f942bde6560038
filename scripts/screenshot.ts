/**
 * Dev aid: `node scripts/run.mjs screenshot <url> <out.png> [width] [clickSelector]` in Debian's Chromium.
 * With SHOT_EMAIL and SHOT_PASSWORD set it signs in first, for editor pages.
 * Several pages at once: pass `url=out.png` pairs after `--many`.
 */
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../tests/support/chromium";

const args = process.argv.slice(2);
const many = args[0] === "--many";
const [url = "http://localhost:3000/", out = "/tmp/shot.png", width = "1280", click] = many ? [] : args;
const shots = many ? args.slice(1).map((pair) => pair.split("=") as [string, string]) : [[url, out] as const];
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({
  viewport: { width: Number(process.env.SHOT_WIDTH ?? width), height: 900 },
});
page.on("console", (m) => m.type() === "error" && console.error("console:", m.text()));

async function signIn(p: Page, origin: string) {
  await p.goto(`${origin}/sign-in`);
  await p.getByLabel("Email").fill(process.env.SHOT_EMAIL ?? "");
  await p.getByLabel("Password").fill(process.env.SHOT_PASSWORD ?? "");
  await p.getByRole("button", { name: "Sign in" }).click();
  await p.waitForURL(/\/editor/);
}

if (process.env.SHOT_EMAIL) await signIn(page, new URL(shots[0]?.[0] ?? url).origin);
for (const [target, file] of shots) {
  const response = await page.goto(target, { waitUntil: "load" });
  if (click) {
    await page.locator(click).first().click();
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 800));
  await page.screenshot({ path: file, fullPage: true });
  console.log(`${response?.status()} ${target} → ${file}`);
}
await browser.close();
