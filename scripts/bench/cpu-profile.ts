import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

type ProfileNode = {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};

/** Where a function lives, shortened to the package or the app file. */
function place(url: string, line: number): string {
  const inPackage = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (inPackage) return `${inPackage[1]}/${inPackage[2]?.split("/").pop()}:${line + 1}`;
  return url ? `${url.split("/").slice(-2).join("/")}:${line + 1}` : "(native)";
}

/**
 * The `top` frames by self time of the largest .cpuprofile in `dir` (the app
 * server's: the launcher's is small), as "share% function (where)" lines.
 */
export function topFrames(dir: string, top = 12): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files[0]) return ["no .cpuprofile written"];
  const profile = JSON.parse(readFileSync(files[0], "utf8")) as { nodes: ProfileNode[] };
  const byFrame = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} (${place(url, lineNumber)})`;
    byFrame.set(key, (byFrame.get(key) ?? 0) + hits);
  }
  return [...byFrame.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([frame, hits]) => `${((100 * hits) / Math.max(1, total)).toFixed(1).padStart(5)}% ${frame}`);
}
