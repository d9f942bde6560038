import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { startEmbeddedPostgres } from "../../db/embedded";

// Only root hands the server to the `postgres` user, so only then can a private folder block it.
test.runIf(process.getuid?.() === 0)(
  "started by root under a private folder, the embedded server explains instead of failing with EACCES",
  async () => {
    const privateDir = mkdtempSync(path.join(tmpdir(), "parley-private-"));
    chmodSync(privateDir, 0o700);
    mkdirSync(path.join(privateDir, "project"));
    try {
      await expect(
        startEmbeddedPostgres({ dataDir: path.join(privateDir, "project", "data"), ephemeral: true }),
      ).rejects.toThrow(`cannot pass through ${privateDir} (mode 700)`);
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  },
);
