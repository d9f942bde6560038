import { chromium } from "playwright";

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  await page.goto("http://localhost:3000/", { waitUntil: "commit" });
  const t = await page.evaluate<{ draw: number; nav: unknown }>(`new Promise(function (resolve) {
  (function check() {
    if (document.querySelector("[data-testid=timeline] .vis-item")) { var n = performance.getEntriesByType("navigation")[0]; resolve({marks: performance.getEntriesByType("mark").map(function(m){return m.name+":"+Math.round(m.startTime)}).join(" "), draw: performance.now(), nav: {ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}, ready: document.querySelector("[data-testid=timeline]").dataset.readyAt}); }
    else requestAnimationFrame(check);
  })();
})`);
  console.log(JSON.stringify(t));
  await page.close();
}
await browser.close();
