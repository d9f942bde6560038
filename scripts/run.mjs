/**
 * `node scripts/run.mjs <script> [args…]`: runs scripts/<script>.ts without a TypeScript loader.
 * The script and what it imports from db/ and lib/ are bundled by esbuild into .parley/scripts/
 * (packages stay external) and rebuilt only when one of the bundled files changed, so `npm start`
 * and the command-line tools run on plain Node; tsx is a dev dependency only.
 */
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, ".parley", "scripts");

/** Reads a bundle's record of its inputs; null when it must be rebuilt. */
async function freshBundle(name) {
  const out = path.join(outDir, `${name}.mjs`);
  const record = await readFile(path.join(outDir, `${name}.inputs.json`), "utf8")
    .then((text) => JSON.parse(text))
    .catch(() => null);
  const built = await stat(out).catch(() => null);
  // A moved checkout is rebuilt: the bundle names its source files by absolute path.
  if (!record || !built || record.root !== root) return null;
  for (const input of record.inputs) {
    const info = await stat(path.join(root, input)).catch(() => null);
    if (!info || info.mtimeMs > built.mtimeMs) return null;
  }
  return out;
}

/** import.meta.url/dirname in a bundled file would name the bundle: give each source file its own. */
const sourceLocation = {
  name: "source-location",
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, "utf8");
      const contents = source
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
        .replaceAll("import.meta.filename", JSON.stringify(args.path));
      return { contents, loader: args.path.endsWith("ts") ? "ts" : "js" };
    });
  },
};

async function bundle(name) {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    throw new Error("esbuild is missing: run `npm install` (with dev dependencies) to build the scripts");
  }
  const out = path.join(outDir, `${name}.mjs`);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join("scripts", `${name}.ts`)],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // "@/…" imports resolve through tsconfig.json's paths, as in the app.
    tsconfig: path.join(root, "tsconfig.json"),
    metafile: true,
    write: false,
    logLevel: "warning",
    plugins: [sourceLocation],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes("node_modules"));
  // Written then renamed, so a second command starting meanwhile never imports half a file.
  const atomically = async (file, contents) => {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, contents);
    await rename(temporary, file);
  };
  await atomically(out, result.outputFiles[0].contents);
  await atomically(path.join(outDir, `${name}.inputs.json`), JSON.stringify({ root, inputs }));
  return out;
}

const [name, ...args] = process.argv.slice(2);
if (!name || !/^[\w/-]+$/.test(name)) {
  console.error("usage: node scripts/run.mjs <script under scripts/, without .ts> [args…]");
  process.exit(2);
}
await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
const file = (await freshBundle(name)) ?? (await bundle(name));
// The script reads its own arguments from process.argv, as when it was run directly.
process.argv = [process.argv[0] ?? "node", file, ...args];
await import(pathToFileURL(file).href);
