/**
 * npm run bench:http [-- --server dist|src] [--seconds 10] [--runs 3] [--only load,start,import] [--encodings plain,gzip] [--pages article,report,api] [--profile]
 *
 * load    autocannon (32 connections) on Isnad's article page, report page and JSON API for the
 *         seed article, signed in, on a fresh store, each in turns with a bare express
 *         hello-world; req/s as a share of hello-world's, p99 latency, against the targets of issue 10. Also the server's
 *         CPU time per response and hello-world's over it ("CPU share"): on a machine busy with
 *         other work, req/s and latency move with the load, CPU time per response much less.
 *         Each target's row is followed by hello-world's app sending a body of the same size and
 *         nothing else ("bare N kB"): the share no server could pass with that response on
 *         this machine, since autocannon, on the same cores, pays for reading every byte too.
 *         Targets are loaded as curl asks (no Accept-Encoding); `--encodings plain,gzip` adds ", gzip"
 *         rows, loaded as browsers, fetch and Python's requests ask by default (gzip accepted).
 *         `--pages api` (any of article, report, api) loads only those targets.
 * start   start-up to the first 200 on a copy of the bundled store, and the `extract` command on
 *         the seed article (wall time, medians of 5).
 * import  the import of one sentence repeated to 128 kB … 1 MB, each on a fresh server: time to the
 *         redirect, then the article page's size and time; each row's time over the previous one
 *         (linear input growth doubles it; the target is ≤ 3×).
 * profile (--profile [--path /api/…]) a CPU profile of the server while autocannon loads the
 *         article page (or `--path`); prints the functions and files with the most self time.
 *
 * `--server dist` (the default) runs what `npm start` runs: the compiled server, built first when
 * stale; `--server src` runs the TypeScript through tsx. Both on 127.0.0.1, child processes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { firstAdmin, getOnce, root, scratch, signIn, startHello, startIsnad, startUp, type ServerMode } from "./http-server.ts";
import { measure, warmUp, type Load, type LoadOptions } from "./http-load.ts";
import { importRows } from "./http-import.ts";
import { profileArticlePage } from "./http-profile.ts";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const { values: args } = parseArgs({
  options: {
    server: { type: "string", default: "dist" },
    seconds: { type: "string", default: "10" },
    runs: { type: "string", default: "3" },
    only: { type: "string", default: "load,start,import" },
    profile: { type: "boolean", default: false },
    path: { type: "string", default: "/articles/kazakhstan-blinken" },
    encodings: { type: "string", default: "plain" },
    pages: { type: "string", default: "article,report,api" },
  },
});
const mode = args.server as ServerMode;
if (mode !== "dist" && mode !== "src") throw new Error("--server is dist or src");
const sections = new Set(args.only.split(","));
const SEED = "/articles/kazakhstan-blinken";
const encodings = args.encodings.split(",");
const chosenPages = new Set(args.pages.split(","));
const ACCEPT_GZIP = { "accept-encoding": "gzip, deflate, br" };

if (mode === "dist") execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "--if-stale"], { stdio: "inherit" });
console.log(`Isnad from ${mode}, node ${process.version}, scratch ${scratch}\n`);

if (args.profile) {
  await profileArticlePage(mode, args.path, Number(args.seconds));
} else {
  if (sections.has("load")) await loadSection();
  if (sections.has("start")) await startSection();
  if (sections.has("import")) await importRows(mode);
}

/**
 * Each target is measured in turns with hello-world (hello, page, hello, page…), both servers
 * running, so a change in the machine's other load hits both sides of each ratio alike; the
 * ratios are the medians of the pairs.
 */
async function loadSection(): Promise<void> {
  const options: LoadOptions = { connections: 32, seconds: Number(args.seconds), runs: 1 };
  const runs = Number(args.runs);
  const hello = await startHello();
  const isnad = await startIsnad(mode, join(scratch, "load.json"));
  await firstAdmin(isnad.baseUrl);
  const pages = [
    { key: "article", name: "article page", path: SEED, share: 0.25, p99: 50 },
    { key: "report", name: "report page", path: `${SEED}/report`, share: 0.25 },
    { key: "api", name: "API claims", path: `/api${SEED}/claims`, share: 0.5 },
  ].filter((page) => chosenPages.has(page.key));
  // Each target as curl asks for it (no Accept-Encoding: the bytes as they are) and, with
  // `--encodings plain,gzip`, as browsers, fetch and Python's requests ask by default (gzip accepted).
  const targets = pages.flatMap((page) =>
    encodings.map((encoding) => (encoding === "plain" ? page : { ...page, name: `${page.name}, gzip`, headers: ACCEPT_GZIP })),
  );
  await warmUp(hello.baseUrl);
  console.log(`load: ${options.connections} connections, ${options.seconds} s a run, ${runs} runs of each in turns with hello-world, medians`);
  console.log(row("", "req/s", "share", "p50 ms", "p99 ms", "CPU µs/req", "CPU share", "target", ""));
  const bases: Load[] = [];
  const results: string[] = [];
  for (const target of targets) {
    const { headers = {} } = target as { headers?: Record<string, string> };
    let { cookie } = await signIn(isnad.baseUrl);
    const { bytes } = await getOnce(isnad.baseUrl, target.path, cookie, headers);
    const sameBytes = `${hello.baseUrl}/bytes/${bytes}`;
    await warmUp(isnad.baseUrl + target.path, cookie, headers);
    await warmUp(sameBytes);
    const triples: { base: Load; load: Load; bare: Load }[] = [];
    for (let i = 0; i < runs; i++) {
      const base = await measure(hello.baseUrl, { ...options, pid: hello.child.pid });
      ({ cookie } = await signIn(isnad.baseUrl));
      const load = await measure(isnad.baseUrl + target.path, { ...options, cookie, headers, pid: isnad.child.pid });
      const bare = await measure(sameBytes, { ...options, pid: hello.child.pid });
      triples.push({ base, load, bare });
      bases.push(base);
    }
    const load = medianLoad(triples.map((p) => p.load));
    const share = median(triples.map((p) => p.load.rps / p.base.rps));
    const met = share >= target.share && (!target.p99 || load.p99 < target.p99) && load.failures === 0;
    const goal = `≥ ${target.share * 100}%${target.p99 ? `, p99 < ${target.p99}` : ""}`;
    results.push(resultRow(target.name, load, share, median(triples.map((p) => p.base.cpuMicros / p.load.cpuMicros)), goal, met ? "met" : "NOT MET"));
    const bare = medianLoad(triples.map((p) => p.bare));
    const bareShare = median(triples.map((p) => p.bare.rps / p.base.rps));
    results.push(
      resultRow(`  bare ${(bytes / 1024).toFixed(0)} kB`, bare, bareShare, median(triples.map((p) => p.base.cpuMicros / p.bare.cpuMicros)), "(ceiling)", ""),
    );
  }
  const base = medianLoad(bases);
  console.log(row("hello-world", base.rps.toFixed(0), "100%", ms(base.p50), ms(base.p99), base.cpuMicros.toFixed(0), "100%", "", failures(base)));
  results.forEach((line) => console.log(line));
  await Promise.all([hello.stop(), isnad.stop()]);
  console.log();
}

/** One row of the load table: a load's req/s, shares of hello-world's, latency and CPU time. */
function resultRow(name: string, load: Load, share: number, cpuShare: number, goal: string, verdict: string): string {
  const cells = [load.rps.toFixed(0), percent(share), ms(load.p50), ms(load.p99), load.cpuMicros.toFixed(0), percent(cpuShare)];
  return row(name, ...cells, goal, `${verdict}${failures(load)}`);
}

/** Each figure's median over `loads` (failures added up). */
function medianLoad(loads: Load[]): Load {
  return {
    rps: median(loads.map((l) => l.rps)),
    p50: median(loads.map((l) => l.p50)),
    p99: median(loads.map((l) => l.p99)),
    cpuMicros: median(loads.map((l) => l.cpuMicros)),
    failures: loads.reduce((n, l) => n + l.failures, 0),
  };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}

async function startSection(): Promise<void> {
  const starts: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 5; i++) starts.push(await startUp(mode));
  const preload = pathToFileURL(join(root, "bench/http-cpu-at-exit.mjs")).href;
  const extract = mode === "dist" ? [join(root, "dist/cli/extract.js")] : ["--import", "tsx", join(root, "src/cli/extract.ts")];
  const extracts: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const run = spawnSync(process.execPath, ["--import", preload, ...extract, join(root, "fixtures/seed/article.ar.txt")], { encoding: "utf8" });
    const wall = performance.now() - began;
    if (run.status !== 0) throw new Error(`extract failed: ${run.stderr}`);
    extracts.push({ wall, cpu: Number(/cpu-ms ([\d.]+)/.exec(run.stderr)?.[1]) });
  }
  const show = (runs: { wall: number; cpu: number }[]) =>
    `${median(runs.map((r) => r.wall))
      .toFixed(0)
      .padStart(5)} ms wall, ${median(runs.map((r) => r.cpu))
      .toFixed(0)
      .padStart(4)} ms CPU`;
  console.log("start-up and commands (median of 5)");
  console.log(`  server start to first 200, bundled store  ${show(starts)}   (target < 700 ms wall)`);
  console.log(`  extract on the seed article               ${show(extracts)}   (target < 300 ms wall)`);
  console.log();
}

function row(...cells: string[]): string {
  const widths = [14, 8, 7, 8, 8, 11, 10, 20];
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i] ?? 0))).join(" ");
}

function ms(value: number): string {
  return value.toFixed(0);
}

function failures(load: Load): string {
  return load.failures ? ` (${load.failures} failed)` : "";
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
