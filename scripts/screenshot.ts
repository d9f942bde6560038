/** Dev aid: `tsx scripts/screenshot.ts <url> <out.png> [width] [clickSelector]` in Debian's Chromium. */
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../tests/support/chromium";

const [url = "http://localhost:3000/", out = "/tmp/shot.png", width = "1280", click] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on("console", (m) => m.type() === "error" && console.error("console:", m.text()));
await page.goto(url, { waitUntil: "load" });
if (click) {
  await page.locator(click).first().click();
  await page.waitForTimeout(500);
}
await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 800));
await page.screenshot({ path: out, fullPage: true });
await browser.close();
