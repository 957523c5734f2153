// npm run build: compiles src/ to dist/ with tsc (tsconfig.build.json), from scratch.
// `--if-stale` (what npm start and the commands run first): compiles only when dist/ is missing or
// older than a source file or the build settings, incrementally; otherwise returns at once.
// Plain JavaScript, so it runs before anything is compiled.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");
/** Written after each successful build: its time is the build's. */
const stamp = join(dist, ".built");
const inputs = [join(root, "src"), join(root, "tsconfig.json"), join(root, "tsconfig.build.json"), join(root, "package-lock.json")];

/** The newest modification time among `paths` and every file beneath them (0 for none). */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    latest = Math.max(latest, stat.mtimeMs);
    if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
  }
  return latest;
}

function isStale() {
  return !existsSync(stamp) || statSync(stamp).mtimeMs < newest(inputs);
}

function compile() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    console.error("isnad: dist/ needs building, but TypeScript is not installed (run npm install, or npm run build where it is).");
    process.exit(1);
  }
  process.stderr.write("isnad: compiling src/ to dist/ … ");
  const began = Date.now();
  try {
    execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  } catch {
    console.error("\nisnad: the build failed (see the errors above).");
    process.exit(1);
  }
  chmodSync(join(dist, "cli/isnad.js"), 0o755); // the package's bin
  bundleExtractCommand();
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  process.stderr.write(`done in ${((Date.now() - began) / 1000).toFixed(1)} s\n`);
}

/**
 * `extract` as one file: the extractor is some 80 modules, and resolving and loading them one by
 * one was a third of the command's 0.3 s. esbuild (a dev dependency, like TypeScript) joins our
 * own modules; packages stay imports. Without esbuild the compiled modules work as they are.
 */
function bundleExtractCommand() {
  let esbuild;
  try {
    esbuild = createRequire(import.meta.url)("esbuild");
  } catch {
    return;
  }
  // From the source, not from tsc's dist/cli/extract.js: an incremental tsc does not emit that file again when
  // only the core changed, and bundling the last bundle again would keep the old extractor inside it.
  esbuild.buildSync({
    entryPoints: [join(root, "src/cli/extract.ts")],
    outfile: join(dist, "cli/extract.js"),
    allowOverwrite: true,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
}

if (process.argv.includes("--if-stale")) {
  if (isStale()) compile();
} else {
  rmSync(dist, { recursive: true, force: true });
  compile();
}
