/**
 * How every browser run here launches Chromium: Debian's build (Playwright's own
 * download cannot work here) with the flags that keep it off the closed network.
 * Used by playwright.config.ts, the timeline benchmark and the screenshot aid.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
  ],
};
