/**
 * One measurement of the store benchmark, in its own process (so RSS and start-up are the store's):
 * `tsx bench/store-run.ts before|after DB_FILE SRC_DIR`. Opens the store, then measures the article
 * list, sequential review saves on random articles, 10 concurrent saves, and the longest the event
 * loop was blocked during the saves. Prints one line of JSON.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { join } from "node:path";

const [impl, file, src] = process.argv.slice(2) as ["before" | "after" | "postgres", string, string];
const SAVES = Number(process.env.BENCH_SAVES ?? 30);
const LISTS = 20;

/** What the benchmark does with a store, whichever version it is. */
interface Subject {
  count: number;
  list(): Promise<unknown[]>;
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
  return {
    count: rows.length,
    list: () => store.listArticles(),
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
for (let i = 0; i < SAVES; i++) {
  const t = process.hrtime.bigint();
  await subject.save(Math.floor(Math.random() * subject.count), n++);
  saveMs.push(ms(t));
}
const t10 = process.hrtime.bigint();
await Promise.all(Array.from({ length: 10 }, () => subject.save(Math.floor(Math.random() * subject.count), n++)));
const concurrentMs = ms(t10);
loop.disable();

console.log(
  JSON.stringify({
    impl,
    articles: subject.count,
    startMs,
    rssMb,
    listP50: pct(listMs, 50),
    saveP50: pct(saveMs, 50),
    saveP99: pct(saveMs, 99),
    concurrent10Ms: concurrentMs,
    maxLoopBlockMs: loop.max / 1e6,
    rssAfterMb: process.memoryUsage().rss / 2 ** 20,
  }),
);
process.exit(0);
