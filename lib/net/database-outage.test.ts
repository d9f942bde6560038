/**
 * The chain serve.mjs relies on, without Next: a request runs inside trackDatabaseOutage, its query
 * goes through the app's pool (createDb with the same listener as lib/db.ts) to a port where nothing
 * listens, and the error page it then writes goes out as 503 with Retry-After. Only that request.
 */
import { createServer, type Server } from "node:http";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { findFreePort } from "../../db/process-utils";
import { isDatabaseUnavailable } from "../services/pg-errors";
import {
  markDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  trackDatabaseOutage,
  UNAVAILABLE_MESSAGE,
} from "./database-outage.mjs";

let server: Server;
let base = "";
let closeDb: () => Promise<void>;

beforeAll(async () => {
  const deadPort = await findFreePort();
  const { db, pool } = createDb(`postgres://u:p@127.0.0.1:${deadPort}/none`, 2, {
    onQueryError: (error) => {
      if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
    },
  });
  closeDb = () => pool.end();
  server = createServer((req, res) => {
    trackDatabaseOutage(req, res, async () => {
      const url = new URL(req.url ?? "/", "http://x");
      if (url.pathname === "/fine") {
        res.setHeader("content-type", "text/plain");
        res.end("all well");
        return;
      }
      if (url.pathname === "/plain-error") {
        res.statusCode = 500;
        res.end("a bug, not an outage");
        return;
      }
      if (url.pathname === "/delayed-plain-error") await new Promise((r) => setTimeout(r, 150));
      else
        try {
          await db.execute(sql`select 1`);
        } catch {
          // what Next does with an error thrown while rendering: an error page
        }
      // A failed query handled as "no session": a redirect to sign-in, an action's "Sign in first".
      if (url.pathname === "/redirect") res.writeHead(307, { location: "/sign-in" });
      else if (url.pathname === "/action") {
        res.setHeader("content-type", "text/x-component");
        res.write('0:{"a":"$@1"}\n');
        res.end('1:{"ok":false,"status":503}\n');
        return;
      } else if (url.pathname === "/with-message")
        res.writeHead(500, "Internal Server Error", { "x-a": "1" });
      else res.statusCode = 500;
      res.end("error page");
    });
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await closeDb();
});

describe("trackDatabaseOutage", () => {
  it("turns the error page of a request that met an unreachable database into 503 with Retry-After", async () => {
    const response = await fetch(`${base}/page`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("error page");
  });

  it("also when the handler writes the head itself with a status message and headers", async () => {
    const response = await fetch(`${base}/with-message`);
    expect([response.status, response.statusText]).toEqual([503, "Service Unavailable"]);
    expect(response.headers.get("x-a")).toBe("1");
  });

  it("replaces what was built on a failed query (a redirect to sign-in) by a 503 message", async () => {
    const redirect = await fetch(`${base}/redirect`, { redirect: "manual" });
    expect([redirect.status, redirect.headers.get("location"), await redirect.text()]).toEqual([
      503,
      null,
      UNAVAILABLE_MESSAGE,
    ]);
  });

  it("gives a server action's answer a 503 and keeps its body, the typed result the form shows", async () => {
    const action = await fetch(`${base}/action`, { method: "POST", headers: { "next-action": "abc" } });
    expect([
      action.status,
      action.headers.get("retry-after"),
      action.headers.get("content-type"),
      await action.text(),
    ]).toEqual([503, "5", "text/x-component", '0:{"a":"$@1"}\n1:{"ok":false,"status":503}\n']);
  });

  it("leaves answers alone when the database was not involved: a bug's 500, a page's 200", async () => {
    expect((await fetch(`${base}/plain-error`)).status).toBe(500);
    const fine = await fetch(`${base}/fine`);
    expect([fine.status, fine.headers.get("content-length"), await fine.text()]).toEqual([
      200,
      "8",
      "all well",
    ]);
  });

  it("marks only the request that met the outage, not one running at the same time", async () => {
    const [outage, bug] = await Promise.all([fetch(`${base}/page`), fetch(`${base}/delayed-plain-error`)]);
    expect([outage.status, bug.status]).toEqual([503, 500]);
  });
});
