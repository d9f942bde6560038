/**
 * The production HTTP server: Next's request handler behind a plain Node
 * server, so that X-Forwarded-For means what it says. `next start` keeps a
 * client-supplied X-Forwarded-For, which let a made-up header open a fresh
 * sign-in rate-limit bucket per request; here only PARLEY_TRUSTED_PROXIES may
 * forward a client's address. Started by the launcher; `npm start` runs that.
 */
import { createServer } from "node:http";
import next from "next";
import { readEnv } from "../lib/env";
import { forwardedFor, proxyList } from "../lib/net/forwarded-for";

const env = readEnv();
const trusted = proxyList(env.PARLEY_TRUSTED_PROXIES);
const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  const received = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = forwardedFor(
    Array.isArray(received) ? received.join(", ") : received,
    req.socket.remoteAddress ?? "",
    trusted,
  );
  void handle(req, res);
});
server.listen(env.PORT, () => console.log(`[parley] serving on http://localhost:${env.PORT}`));

// Finish in-flight requests on the launcher's SIGTERM, then leave.
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
