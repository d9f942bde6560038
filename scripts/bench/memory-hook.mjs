// Loaded with NODE_OPTIONS=--import by `npm run bench:serve -- --memory`: samples the app
// server's process.memoryUsage() twice a second into PARLEY_MEMORY_LOG (one JSON line each),
// so a high RSS can be split into V8 heap (used vs reserved), external and array buffers.
import { appendFileSync } from "node:fs";
import v8 from "node:v8";

const file = process.env.PARLEY_MEMORY_LOG;
if (file && process.argv[1]?.endsWith("serve.mjs")) {
  const mb = (n) => Math.round(n / 1048576);
  setInterval(() => {
    const m = process.memoryUsage();
    const limit = v8.getHeapStatistics().heap_size_limit;
    appendFileSync(
      file,
      `${JSON.stringify({
        t: Date.now(),
        rss: mb(m.rss),
        heapTotal: mb(m.heapTotal),
        heapUsed: mb(m.heapUsed),
        external: mb(m.external),
        arrayBuffers: mb(m.arrayBuffers),
        heapLimit: mb(limit),
        cache: globalThis.parleyResultCache?.size ?? null,
      })}\n`,
    );
  }, 500).unref();
}
