import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("an editor creates an API token, writes an event with it, and revokes it", async ({ page, request }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Your account", exact: true }).click();

  const tokenName = `script ${Date.now()}`;
  await page.getByLabel("Token name").fill(tokenName);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("token-secret").textContent())?.trim() ?? "";
  expect(token).toMatch(/^parley_[\w-]{43}$/);
  const row = page.getByRole("row", { name: new RegExp(tokenName) });
  await expect(row).toContainText(token.slice(0, 13));

  // No cookies on `request`: only the bearer token can authorize this.
  const title = `Token round ${Date.now()}`;
  const anonymous = await request.post("/api/v1/events", {
    data: { title, kind: "talks", status: "held", startsOn: "2022-04-01" },
  });
  expect(anonymous.status()).toBe(401);
  const event = { title, kind: "talks", status: "held", startsOn: "2022-04-01", publication: "published" };
  // Nothing unsourced is published: without a source the API refuses it on the sources field.
  const unsourced = await request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${token}` },
    data: event,
  });
  expect(unsourced.status()).toBe(422);
  expect(JSON.stringify(await unsourced.json())).toContain("sources");
  const source = await request.post("/api/v1/sources", {
    headers: { Authorization: `Bearer ${token}` },
    data: { url: `https://example.org/token-round-${Date.now()}`, title: "Token round report" },
  });
  expect(source.status()).toBe(201);
  const created = await request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${token}` },
    data: { ...event, sources: [{ sourceId: (await source.json()).id }] },
  });
  expect(created.status()).toBe(201);
  const { slug } = await created.json();
  const read = await request.get(`/api/v1/events/${slug}`);
  expect(read.status()).toBe(200);
  expect((await read.json()).title).toBe(title);
  // Soft-delete it again with the token: other specs count the published events in this window.
  const removed = await request.delete(`/api/v1/events/${slug}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { version: (await created.json()).version ?? 1 },
  });
  expect(removed.status()).toBe(200);
  expect((await request.get(`/api/v1/events/${slug}`)).status()).toBe(404);

  await page.reload();
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  const after = await request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${token}` },
    data: { title: `${title} again`, kind: "talks", status: "held", startsOn: "2022-04-01" },
  });
  expect(after.status()).toBe(401);
});
