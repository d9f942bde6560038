/**
 * Issue 10, findings 4, 6, 7 and the headers of 13: what Parley sends can be trusted —
 * redirects stay on the origin, links are not rewritten by strangers' headers, CSV
 * cells do not run as formulas, and every response carries its security headers.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import Papa from "papaparse";
import { parties } from "../db/schema";
import { e2eAccounts } from "./accounts";
import { e2eDatabase } from "./support/db";

/** This machine's address on a real interface: a request to it does not come from loopback. */
function externalAddress(): string {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  throw new Error("no non-loopback IPv4 interface: the untrusted-peer tests need one");
}

/** One raw HTTP/1.1 exchange, so a Host no HTTP client would send can be sent. */
function rawRequest(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // Write without half-closing: the server closes after answering (Connection: close).
    const socket = net.connect(port, "127.0.0.1", () => socket.write(`${head}\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
    });
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
}

function expectBaseHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // Served over plain http here: HSTS would be a lie (and is only sent over https).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

function expectNoFraming(headers: Record<string, string>, what: string) {
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
}

test.describe("security headers", () => {
  test("a page, an API answer, a redirect, a 404, /embed and /embedded", async ({ request }) => {
    const page = await request.get("/");
    const csp = page.headers()["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expectBaseHeaders(page.headers(), "/");
    expectNoFraming(page.headers(), "/");
    // A fresh nonce each time, and it is the one on the page's scripts.
    const again = await request.get("/");
    expect(again.headers()["content-security-policy"]).not.toBe(csp);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(await page.text()).toContain(`nonce="${nonce}"`);

    const api = await request.get("/api/v1/events?limit=1");
    expect(api.status()).toBe(200);
    expectBaseHeaders(api.headers(), "API");
    expectNoFraming(api.headers(), "API");

    const redirect = await request.get("/editor", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expectBaseHeaders(redirect.headers(), "redirect");
    expectNoFraming(redirect.headers(), "redirect");

    const missing = await request.get("/no-such-page-anywhere");
    expect(missing.status()).toBe(404);
    expectBaseHeaders(missing.headers(), "404");
    expectNoFraming(missing.headers(), "404");

    const embed = await request.get("/embed");
    expect(embed.status()).toBe(200);
    expectBaseHeaders(embed.headers(), "/embed");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    expect(embed.headers()["content-security-policy"]).not.toContain("frame-ancestors");
    expect(embed.headers()["content-security-policy"]).toMatch(/script-src [^;]*'nonce-/);

    // Starts with "embed" but is not the embed: framing refused like everywhere else.
    const embedded = await request.get("/embedded");
    expectBaseHeaders(embedded.headers(), "/embedded");
    expectNoFraming(embedded.headers(), "/embedded");
  });

  test("HSTS only on what arrived over https (here: said by a loopback proxy)", async ({ request }) => {
    const secure = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
    expect(secure.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  });

  test("/embed can be framed by a page opened as a local file; /embedded cannot", async ({
    page,
    baseURL,
  }) => {
    const dir = mkdtempSync(path.join(tmpdir(), "parley-frame-"));
    const file = path.join(dir, "story.html");
    writeFileSync(
      file,
      `<!doctype html><title>Local story</title>
       <iframe id="embed" src="${baseURL}/embed" width="800" height="500"></iframe>
       <iframe id="embedded" src="${baseURL}/embedded" width="400" height="200"></iframe>`,
    );
    await page.goto(`file://${file}`);
    const embed = page.frameLocator("#embed");
    await expect(embed.getByRole("link", { name: /Parley/ }).first()).toBeVisible();
    await expect
      .poll(() =>
        page
          .frames()
          .find((f) => f.url().endsWith("/embedded") || f.url().startsWith("chrome-error"))
          ?.url(),
      )
      .toBeDefined();
    const blocked = page.frames().find((f) => f !== page.mainFrame() && !f.url().endsWith("/embed"));
    // A refused frame is replaced by Chromium's error page: none of Parley's markup is in it.
    expect(await blocked?.evaluate(() => document.body?.innerText ?? "").catch(() => "")).not.toContain(
      "Parley",
    );
  });
});

test.describe("pages work under the CSP", () => {
  async function violations(page: Page, url: string) {
    const seen: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) seen.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(url);
    // React hydrated: Next's client runtime ran, which a blocked script would have prevented.
    await page.waitForFunction(() =>
      Boolean((window as unknown as { next?: { version?: string } }).next?.version),
    );
    await page.waitForLoadState("networkidle");
    const reported = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    return [...seen, ...reported];
  }

  for (const url of ["/", "/compare", "/sign-in", "/embed", "/no-such-page-anywhere"]) {
    test(`no CSP violation on ${url}`, async ({ page }) => {
      expect(await violations(page, url)).toEqual([]);
    });
  }

  test("the sign-in form runs its client-side validation (scripts are live)", async ({ page }) => {
    await page.goto("/sign-in");
    await page.waitForFunction(() => Boolean((window as unknown as { next?: object }).next));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/email/i).nth(1)).toBeVisible();
    expect(page.url()).toContain("/sign-in");
  });
});

test.describe("redirects after sign-in stay on the origin", () => {
  const vectors = [
    "%2F%5Cevil.example%2Fx",
    "/%5Cevil.example/x",
    "/%09/evil.example",
    "//evil.example",
    "https://evil.example",
  ];

  test("the form lands on our own page, and the signed-in 307 points home", async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    await page.goto(`/sign-in?next=${vectors[0]}`);
    await page.getByLabel("Email").fill(e2eAccounts.editor.email);
    await page.getByLabel("Password").fill(e2eAccounts.editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Events" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);

    for (const next of [...vectors, "/\\evil.example/x", "/\t/evil.example"]) {
      const response = await page.request.get(
        `/sign-in?next=${next.includes("%") ? next : encodeURIComponent(next)}`,
        {
          maxRedirects: 0,
        },
      );
      expect(response.status(), next).toBe(307);
      const location = response.headers().location ?? "";
      expect(new URL(location, origin).origin, `${next} → ${location}`).toBe(origin);
      expect(location.includes("\\") || location.startsWith("//"), location).toBe(false);
    }
    // A real local target is kept.
    const kept = await page.request.get("/sign-in?next=%2Feditor%2Fsources", { maxRedirects: 0 });
    expect(kept.headers().location).toMatch(/\/editor\/sources$/);
  });
});

test.describe("absolute links come from a trusted origin", () => {
  const evil = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };

  test("X-Forwarded-Host from a non-trusted address changes no link", async ({ request }) => {
    const port = Number(new URL(test.info().project.use.baseURL ?? "").port);
    const base = `http://${externalAddress()}:${port}`;
    for (const url of [
      "/feed.xml",
      "/calendar.ics",
      "/api/v1/openapi.json",
      "/api/v1/events?limit=1",
      "/api",
      "/compare/export.csv?a=2022-03-29",
      "/compare/export.json?a=2022-03-29",
    ]) {
      const response = await request.get(`${base}${url}`, { headers: evil });
      expect(response.status(), url).toBe(200);
      const body = await response.text();
      expect(body, url).not.toContain("evil.example");
      // The exports used to say http://localhost:PORT whatever host was used.
      if (url.startsWith("/compare/")) expect(body, url).not.toContain("localhost");
      expect(body, url).toContain(base);
    }
    const page = await request.get(`${base}/api/v1/events?limit=1`, { headers: evil });
    const next = ((await page.json()) as { next: string | null }).next;
    expect(next?.startsWith(`${base}/api/v1/events?`), String(next)).toBe(true);
  });

  test("a malformed Host is a 400, not a 500", async () => {
    const port = Number(new URL(test.info().project.use.baseURL ?? "").port);
    for (const host of ["evil.example/x", "a b", "evil.example:99999", "[::1"]) {
      const response = await rawRequest(port, `GET /feed.xml HTTP/1.1\r\nHost: ${host}`);
      expect(response.slice(0, 12), host).toBe("HTTP/1.1 400");
    }
    const fine = await rawRequest(port, `GET /feed.xml HTTP/1.1\r\nHost: 127.0.0.1:${port}`);
    expect(fine.slice(0, 12)).toBe("HTTP/1.1 200");
  });
});

test.describe("CSV downloads never carry a live formula", () => {
  const name = '=HYPERLINK("http://evil.example","click")';
  const slug = "csv-formula-probe";

  test.beforeAll(async () => {
    const { db, pool } = e2eDatabase();
    try {
      await db
        .insert(parties)
        .values({
          slug,
          name,
          shortName: "+SUM(1,2)",
          kind: "group",
          color: "#123456",
          aliases: ["@cmd"],
          publication: "published",
        })
        .onConflictDoNothing();
    } finally {
      await pool.end();
    }
  });

  test.afterAll(async () => {
    const { db, pool } = e2eDatabase();
    try {
      await db.delete(parties).where(eq(parties.slug, slug));
    } finally {
      await pool.end();
    }
  });

  test("/data/csv/parties.csv and /compare/export.csv", async ({ request }) => {
    const csv = await (await request.get("/data/csv/parties.csv")).text();
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const probe = rows.find((r) => r.slug === slug);
    expect(probe?.name).toBe(`'${name}`);
    expect(probe?.shortName).toBe("'+SUM(1,2)");

    const exported = await request.get(`/compare/export.csv?a=2022-03-29&parties=${slug}`);
    expect(exported.status()).toBe(200);
    const table = Papa.parse<Record<string, string>>((await exported.text()).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(table.length).toBeGreaterThan(0);
    for (const row of table) {
      expect(row.party).toBe(`'${name}`);
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    }
  });
});
