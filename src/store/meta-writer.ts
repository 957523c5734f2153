import type { Adapter } from "lowdb";
import type { ArticleSummary } from "../schemas/article-summary.ts";
import type { Db } from "../schemas/db.ts";

/** db.json, kept in memory and written as one document (group commit: changes queued during a write share the next one). */
export interface MetaWriter {
  /** The last db.json that is on disk. */
  committed(): Db;
  /** The index row of `id`: the newest one, written or still waiting to be; undefined for an unknown id. */
  row(id: string): ArticleSummary | undefined;
  /** Writes `row` into the index; resolves once it is on disk. A failed write keeps it for the next one. */
  saveRow(row: ArticleSummary): Promise<void>;
  /** Writes db.json changed by `apply` (accounts, settings); resolves once on disk, rejects (nothing changed) if the write fails. */
  write(apply: (db: Db) => Db): Promise<void>;
  /** Resolves when nothing is being written. */
  idle(): Promise<void>;
}

interface Waiter {
  apply?: (db: Db) => Db;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Queues changes to db.json and writes them one write at a time. Index rows accumulate in a map, so
 * ten saves to ten articles during one write become one more write, not ten: the cost of a save
 * stays one article document plus (at most) one shared index write.
 */
export function createMetaWriter(adapter: Adapter<Db>, initial: Db, oldestWriteInFlight: () => number = () => Infinity): MetaWriter {
  let committed = initial;
  const rows = new Map<string, ArticleSummary>();
  let waiting: Waiter[] = [];
  let running: Promise<void> | null = null;
  let byId = { db: null as Db | null, rows: new Map<string, ArticleSummary>() };

  const flush = async () => {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      const indexedAt = Math.min(Date.now(), oldestWriteInFlight());
      const batchRows = new Map(rows);
      let next: Db = { ...withRows(committed, batchRows), indexedAt };
      for (const w of batch) if (w.apply) next = w.apply(next);
      try {
        await adapter.write(next);
      } catch (error) {
        for (const w of batch) w.reject(error);
        continue;
      }
      committed = next;
      for (const [id, row] of batchRows) if (rows.get(id) === row) rows.delete(id);
      for (const w of batch) w.resolve();
    }
    running = null; // in the same turn as the empty check, so no waiter is left behind
  };
  const enqueue = (apply?: (db: Db) => Db) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ apply, resolve, reject });
      running ??= flush();
    });

  return {
    committed: () => committed,
    row(id) {
      if (byId.db !== committed) byId = { db: committed, rows: new Map(committed.articles.map((a) => [a.id, a])) };
      return rows.get(id) ?? byId.rows.get(id);
    },
    saveRow(row) {
      rows.set(row.id, row);
      return enqueue();
    },
    write: (apply) => enqueue(apply),
    idle: async () => {
      while (running) await running;
    },
  };
}

/** `db` with `rows` in its index: a known id replaced in place, a new one appended (in the map's order). */
function withRows(db: Db, rows: ReadonlyMap<string, ArticleSummary>): Db {
  if (rows.size === 0) return db;
  const left = new Map(rows);
  const articles = db.articles.map((a) => {
    const row = left.get(a.id);
    if (!row) return a;
    left.delete(a.id);
    return row;
  });
  return { ...db, articles: [...articles, ...left.values()] };
}
