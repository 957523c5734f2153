/**
 * npm run bench:store — what a save, a start and the article list cost as the store grows: stores of
 * 10, 100, 1,000 and 5,000 realistic articles (bench/store-workspace.ts), each measured in a fresh
 * process (bench/store-run.ts). `--before SRC` also measures the format-1 store of an older
 * checkout's src/ (e.g. `git archive main src | tar -x -C /tmp/before`) for a before/after table;
 * `--compare SRC` measures an older format-2 checkout's src/ the same way (same workspace, same load).
 * `--sizes 10,100` picks the sizes. `--postgres` measures the PostgreSQL store instead, on a throwaway
 * cluster (initdb on a Unix socket; sizes default to 1,000 and 10,000). Prints a Markdown table.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { findPostgresBin, startCluster } from "../scripts/lib/postgres-cluster.ts";
import { openPostgresStore } from "../src/store/postgres/postgres-store.ts";
import { benchArticles, writeFormatOne, writeFormatTwo } from "./store-workspace.ts";

const { values } = parseArgs({
  options: { before: { type: "string" }, compare: { type: "string" }, sizes: { type: "string" }, postgres: { type: "boolean", default: false } },
});
const root = join(import.meta.dirname, "..");
const runs: { label: string; impl: "before" | "after"; src: string; write: typeof writeFormatOne }[] = [
  ...(values.before ? [{ label: "before (one db.json)", impl: "before" as const, src: join(values.before, "src"), write: writeFormatOne }] : []),
  ...(values.compare
    ? [{ label: `document per article, ${values.compare}`, impl: "after" as const, src: join(values.compare, "src"), write: writeFormatTwo }]
    : []),
  { label: "after (document per article)", impl: "after" as const, src: join(root, "src"), write: writeFormatTwo },
];

/** One measurement in a fresh process: bench/store-run.ts prints one line of JSON. */
function measure(impl: "before" | "after" | "postgres", location: string, src: string, saves: string) {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(root, "bench/store-run.ts"), impl, location, src], {
    cwd: root,
    env: { ...process.env, BENCH_SAVES: saves },
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
function printHeader() {
  console.log(
    "| store | articles | start-up ms | RSS MB | list p50 ms | save p50 ms | save p99 ms | CPU ms a save | 10 concurrent saves ms | longest event-loop block ms | db.json written whole ms (longest block) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
}

function printRow(label: string, r: Record<string, number>) {
  console.log(
    `| ${label} | ${r.articles} | ${fmt(r.startMs!)} | ${fmt(r.rssAfterMb!)} | ${fmt(r.listP50!)} | ${fmt(r.saveP50!)} | ${fmt(r.saveP99!)} | ${fmt(r.saveCpuMs!)} | ${fmt(r.concurrent10Ms!)} | ${fmt(r.maxLoopBlockMs!)} | ${r.checkpointMs === undefined ? "—" : `${fmt(r.checkpointMs)} (${fmt(r.checkpointLoopBlockMs!)})`} |`,
  );
}

async function benchFiles(sizes: number[]) {
  printHeader();
  for (const size of sizes) {
    const articles = benchArticles(size);
    for (const run of runs) {
      const dir = mkdtempSync(join(tmpdir(), "isnad-bench-store-"));
      const file = join(dir, "db.json");
      run.write(file, articles);
      const saves = run.impl === "before" && size >= 1000 ? "10" : "30";
      printRow(run.label, measure(run.impl, file, run.src, saves));
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The PostgreSQL store at each size: articles loaded through the store itself, then measured like the files. */
async function benchPostgres(sizes: number[]) {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (initdb not found)");
  const cluster = startCluster(bin);
  try {
    printHeader();
    for (const size of sizes) {
      const url = new URL(cluster.url);
      url.pathname = `/bench${size}`;
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query(`create database bench${size}`);
      await admin.end();
      const store = await openPostgresStore(url.toString());
      for (const article of benchArticles(size)) await store.addArticle(article);
      await store.close();
      printRow("PostgreSQL", measure("postgres", url.toString(), join(root, "src"), "30"));
    }
  } finally {
    cluster.stop();
  }
}

if (values.postgres) await benchPostgres((values.sizes ?? "1000,10000").split(",").map(Number));
else await benchFiles((values.sizes ?? "10,100,1000,5000").split(",").map(Number));
