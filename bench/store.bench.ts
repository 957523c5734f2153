/**
 * npm run bench:store — what a save, a start and the article list cost as the store grows: stores of
 * 10, 100, 1,000 and 5,000 realistic articles (bench/store-workspace.ts), each measured in a fresh
 * process (bench/store-run.ts). `--before SRC` also measures the format-1 store of an older
 * checkout's src/ (e.g. `git archive main src | tar -x -C /tmp/before`) for a before/after table.
 * `--sizes 10,100` picks the sizes. Prints a Markdown table.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchArticles, writeFormatOne, writeFormatTwo } from "./store-workspace.ts";

const { values } = parseArgs({ options: { before: { type: "string" }, sizes: { type: "string", default: "10,100,1000,5000" } } });
const root = join(import.meta.dirname, "..");
const sizes = values.sizes!.split(",").map(Number);
const runs: { label: string; impl: "before" | "after"; src: string; write: typeof writeFormatOne }[] = [
  ...(values.before ? [{ label: "before (one db.json)", impl: "before" as const, src: join(values.before, "src"), write: writeFormatOne }] : []),
  { label: "after (document per article)", impl: "after" as const, src: join(root, "src"), write: writeFormatTwo },
];

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
console.log("| store | articles | start-up ms | RSS MB | list p50 ms | save p50 ms | save p99 ms | 10 concurrent saves ms | longest event-loop block ms |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const size of sizes) {
  const articles = benchArticles(size);
  for (const run of runs) {
    const dir = mkdtempSync(join(tmpdir(), "isnad-bench-store-"));
    const file = join(dir, "db.json");
    run.write(file, articles);
    const saves = run.impl === "before" && size >= 1000 ? "10" : "30";
    const out = execFileSync(process.execPath, ["--import", "tsx", join(root, "bench/store-run.ts"), run.impl, file, run.src], {
      cwd: root,
      env: { ...process.env, BENCH_SAVES: saves },
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out.trim().split("\n").at(-1)!);
    console.log(
      `| ${run.label} | ${r.articles} | ${fmt(r.startMs)} | ${fmt(r.rssAfterMb)} | ${fmt(r.listP50)} | ${fmt(r.saveP50)} | ${fmt(r.saveP99)} | ${fmt(r.concurrent10Ms)} | ${fmt(r.maxLoopBlockMs)} |`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
}
