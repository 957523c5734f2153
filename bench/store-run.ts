/**
 * One measurement of the store benchmark, in its own process (so RSS and start-up are the store's):
 * `tsx bench/store-run.ts before|after DB_FILE SRC_DIR`. Opens the store, then measures the article
 * list (the first page, as /articles shows it; the whole list for the format-1 store), sequential
 * review saves on random articles (wall and process CPU time), 10 concurrent saves, the longest
 * the event loop was blocked during the saves, and (file store) one write of db.json whole as a
 * checkpoint makes it, to a copy beside the store, with saves going on meanwhile. Prints one line of JSON.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { existsSync } from "node:fs";
import { join } from "node:path";

const [impl, file, src] = process.argv.slice(2) as ["before" | "after" | "postgres", string, string];
const SAVES = Number(process.env.BENCH_SAVES ?? 30);
const LISTS = 20;

/** What the benchmark does with a store, whichever version it is. */
interface Subject {
  count: number;
  list(): Promise<unknown>;
  /** A review save of one claim of article `i` (notes changed, version bumped, a history entry). */
  save(i: number, n: number): Promise<void>;
}

type Claim = { id: string; version: number; notes: string; history: unknown[] };
const review = (claim: Claim, n: number): Claim => ({
  ...claim,
  notes: `benchmark note ${n}`,
  version: claim.version + 1,
  history: [
    ...claim.history,
    { at: new Date().toISOString(), by: "bench", action: "save", changes: [{ field: "notes", from: claim.notes || null, to: `benchmark note ${n}` }] },
  ],
});

// Modules are loaded (and compiled) before the clock starts: start-up is the store's own.
const { openFileStore } = await import(join(src, "store/open-file-store.ts"));
// Only the format-1 store of an older checkout needs it (where claimStats was still in domain/).
const { claimStats } = impl === "before" ? await import(join(src, "domain/claim-stats.ts")) : { claimStats: null };
const { openPostgresStore } = impl === "postgres" ? await import(join(src, "store/postgres/postgres-store.ts")) : { openPostgresStore: null };
const { createWorkspace } = impl !== "before" ? await import(join(src, "domain/workspace.ts")) : { createWorkspace: null };

/** What a checkpoint of the file store writes: its index, accounts and settings. */
let checkpointSource: { store: { listUsers(): Promise<unknown>; getSettings(): Promise<unknown> }; rows: unknown[] } | null = null;

async function open(): Promise<Subject> {
  if (impl === "before") {
    const store = await openFileStore(file, () => {
      throw new Error("no store");
    });
    type Db = { articles: { id: string; text: string; claims: Claim[] }[] };
    return {
      count: store.read().articles.length,
      list: async () => store.read().articles.map(({ text: _t, claims, ...meta }: Db["articles"][number]) => ({ ...meta, stats: claimStats(claims) })),
      save: (i, n) =>
        store.update((db: Db) => {
          const article = db.articles.find((a) => a.id === `a${i}`)!;
          article.claims[0] = review(article.claims[0]!, n);
        }),
    };
  }
  // For PostgreSQL, `file` is the database URL.
  const store =
    impl === "postgres"
      ? await openPostgresStore(file)
      : await openFileStore(file, () => {
          throw new Error("no store");
        });
  const workspace = createWorkspace({ store, extract: () => [], now: () => new Date(), newId: () => "x" });
  const rows = await store.listArticles();
  checkpointSource = { store, rows };
  return {
    count: rows.length,
    // A checkout from before paging (--compare) lists the whole index.
    list: () => (store.listArticlePage ? store.listArticlePage({ offset: 0, limit: 50, newestFirst: true }) : store.listArticles()),
    save: async (i, n) => {
      const article = await store.getArticle(`a${i}`);
      await workspace.changeClaim(`a${i}`, article.claims[0].id, (c: Claim) => review(c, n));
    },
  };
}

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const began = process.hrtime.bigint();
const subject = await open();
const startMs = ms(began);
const rssMb = process.memoryUsage().rss / 2 ** 20;

const listMs: number[] = [];
for (let i = 0; i < LISTS; i++) {
  const t = process.hrtime.bigint();
  await subject.list();
  listMs.push(ms(t));
}

const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
const saveMs: number[] = [];
let n = 0;
const cpuBefore = process.cpuUsage();
for (let i = 0; i < SAVES; i++) {
  const t = process.hrtime.bigint();
  await subject.save(Math.floor(Math.random() * subject.count), n++);
  saveMs.push(ms(t));
}
const cpu = process.cpuUsage(cpuBefore);
const saveCpuMs = (cpu.user + cpu.system) / 1000 / SAVES;
const t10 = process.hrtime.bigint();
await Promise.all(Array.from({ length: 10 }, () => subject.save(Math.floor(Math.random() * subject.count), n++)));
const concurrentMs = ms(t10);
loop.disable();

const checkpoint = impl === "after" && existsSync(join(src, "store/journal-file.ts")) ? await measureCheckpoint() : null;

console.log(
  JSON.stringify({
    impl,
    articles: subject.count,
    startMs,
    rssMb,
    listP50: pct(listMs, 50),
    saveP50: pct(saveMs, 50),
    saveP99: pct(saveMs, 99),
    saveCpuMs,
    concurrent10Ms: concurrentMs,
    maxLoopBlockMs: loop.max / 1e6,
    checkpointMs: checkpoint?.ms,
    checkpointLoopBlockMs: checkpoint?.maxLoopBlockMs,
    rssAfterMb: process.memoryUsage().rss / 2 ** 20,
  }),
);
process.exit(0);

/**
 * One checkpoint's write of db.json whole (the index in pieces, fsync, rename), done by the store's
 * own code to a copy beside the store while reviews are saved, and the longest loop block meanwhile.
 */
async function measureCheckpoint(): Promise<{ ms: number; maxLoopBlockMs: number }> {
  const { fileIndexLog } = await import(join(src, "store/journal-file.ts"));
  const { SCHEMA_VERSION } = await import(join(src, "schemas/db.ts"));
  const { store, rows } = checkpointSource!;
  const db = { schemaVersion: SCHEMA_VERSION, articles: rows, users: await store.listUsers(), settings: await store.getSettings(), journalSeq: 0 };
  const copy = `${file}.checkpoint-copy`;
  const { writeFileSync } = await import("node:fs");
  writeFileSync(`${copy}.journal`, "");
  const during = monitorEventLoopDelay({ resolution: 1 });
  during.enable();
  const t = process.hrtime.bigint();
  let writing = true;
  const saving = (async () => {
    while (writing) await subject.save(Math.floor(Math.random() * subject.count), n++);
  })();
  await fileIndexLog(copy, 0).checkpoint(db);
  const took = ms(t);
  writing = false;
  await saving;
  during.disable();
  return { ms: took, maxLoopBlockMs: during.max / 1e6 };
}
