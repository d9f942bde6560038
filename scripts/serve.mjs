/**
 * The production HTTP server: Next's request handler behind a plain Node
 * server, so that X-Forwarded-For means what it says. `next start` keeps a
 * client-supplied X-Forwarded-For, which let a made-up header open a fresh
 * sign-in rate-limit bucket per request; here only PARLEY_TRUSTED_PROXIES may
 * forward a client's address. Started by the launcher, which has already
 * validated the environment (lib/env.ts); plain JavaScript so no TypeScript
 * loader sits in the server's memory.
 */
import { createServer } from "node:http";
import { trackDatabaseOutage } from "../lib/net/database-outage.mjs";
import { forwardedFor, proxyList } from "../lib/net/forwarded-for.mjs";
import { sanitizeHostHeaders } from "../lib/net/trusted-host.mjs";

// `next start` sets this itself; without it Next and React take their development code paths
// and the app would not set Secure cookies. Set before Next is loaded.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const trusted = proxyList(
  (process.env.PARLEY_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
);
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  // X-Forwarded-Host/Proto only from loopback or a trusted proxy; a malformed Host is the client's error.
  if (!sanitizeHostHeaders(req.headers, req.socket.remoteAddress ?? "", trusted)) {
    res.writeHead(400, {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cache-Control": "no-store",
    });
    res.end("Bad Request: malformed Host header\n");
    return;
  }
  const received = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = forwardedFor(
    Array.isArray(received) ? received.join(", ") : received,
    req.socket.remoteAddress ?? "",
    trusted,
  );
  // While the database is unreachable, the error pages and problems this request would end in go out as 503.
  trackDatabaseOutage(req, res, () => void handle(req, res));
});
server.listen(port, () => console.log(`[parley] serving on http://localhost:${port}`));

// Finish in-flight requests on the launcher's SIGTERM, then leave: the launcher stops everything
// within 5 s, so a request still running after 2 s is cut off.
for (const signal of ["SIGTERM", "SIGINT"])
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2_000).unref();
  });
