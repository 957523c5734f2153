/** The profile of `npm run bench:http -- --profile`: where the article page spends its CPU time. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { measure, warmUp } from "./http-load.ts";
import { firstAdmin, root, scratch, startIsnad, type ServerMode } from "./http-server.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Loads `path` for `seconds` under a CPU profile, then prints the top self-time functions and files. */
export async function profileArticlePage(mode: ServerMode, path: string, seconds: number): Promise<void> {
  const dir = join(scratch, "profile");
  const preload = pathToFileURL(join(root, "bench/http-exit-on-sigterm.mjs")).href;
  const server = await startIsnad(mode, join(scratch, "profile.json"), ["--import", preload, "--cpu-prof", `--cpu-prof-dir=${dir}`]);
  const { cookie } = await firstAdmin(server.baseUrl);
  await warmUp(server.baseUrl + path, cookie);
  const load = await measure(server.baseUrl + path, { connections: 32, seconds, runs: 1, cookie });
  await server.stop();
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile written in ${dir}`);
  console.log(`profile of GET ${path}: ${load.rps.toFixed(0)} req/s under the profiler; ${join(dir, file)}`);
  printTop(JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile);
}

function printTop(profile: CpuProfile): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const micros = profile.timeDeltas[i] ?? 0;
    if (frame.functionName === "(idle)") return;
    busy += micros;
    const file = where(frame.url);
    add(byFunction, `${frame.functionName || "(anonymous)"}  ${file}${frame.url ? `:${frame.lineNumber + 1}` : ""}`, micros);
    add(byFile, file || frame.functionName, micros);
  });
  const show = (title: string, totals: Map<string, number>, count: number) => {
    console.log(`\n${title} (share of busy time)`);
    for (const [name, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`${((micros / busy) * 100).toFixed(1).padStart(6)}%  ${name}`);
    }
  };
  show("top functions by self time", byFunction, 20);
  show("top files by self time", byFile, 12);
}

function add(totals: Map<string, number>, key: string, micros: number): void {
  totals.set(key, (totals.get(key) ?? 0) + micros);
}

/** A profile URL as a short path: relative to the repository, node internals as they are. */
function where(url: string): string {
  if (!url.startsWith("file://")) return url;
  return relative(root, new URL(url).pathname);
}
