import type { ArticleSummary } from "../schemas/article-summary.ts";
import type { Db } from "../schemas/db.ts";
import type { JournalEntry } from "../schemas/index-journal.ts";
import type { Settings } from "../schemas/settings.ts";
import type { User } from "../schemas/user.ts";

/** Where db.json's changes go: appended as journal entries, and now and then written whole. */
export interface IndexLog {
  /** Appends `entry`; resolves once it is on disk. A failed append leaves nothing of it. */
  append(entry: JournalEntry): Promise<void>;
  /** Bytes appended since db.json was last written whole. */
  size(): number;
  /** Writes `db`, which holds every entry up to db.journalSeq, whole; then drops those entries; resolves to db.json's size. Appends may go on meanwhile. */
  checkpoint(db: Db): Promise<number>;
}

/** An index log that keeps nothing (the memory store: its db.json is the memory itself). */
export const NO_LOG: IndexLog = { append: async () => undefined, size: () => 0, checkpoint: async () => 0 };

/** A change of accounts or settings, written with the next entry. */
export type MetaChange = { users?: User[]; settings?: Settings };

/** db.json in memory, written through an index log (group commit: changes queued during an append share the next one). */
export interface MetaWriter {
  /** Every index row on disk, in import order (the same array until the index changes). */
  articles(): ArticleSummary[];
  /** Up to `limit` rows on disk from `offset`, counted from the newest import or the oldest; and how many there are. */
  page(offset: number, limit: number, newestFirst: boolean): { total: number; articles: ArticleSummary[] };
  users(): User[];
  settings(): Settings;
  /** The index row of `id`: the newest one, written or still waiting to be; undefined for an unknown id. */
  row(id: string): ArticleSummary | undefined;
  /** Writes `row` into the index; resolves once it is on disk. A failed write keeps it for the next one. */
  saveRow(row: ArticleSummary): Promise<void>;
  /** Writes a change of accounts or settings; resolves once on disk, rejects (nothing changed) if the write fails. */
  write(change: MetaChange): Promise<void>;
  /** Resolves when nothing is being written. */
  idle(): Promise<void>;
  /** Writes db.json whole now if the journal has entries (on close: a store that was stopped cleanly is all in db.json). Call when idle. */
  fold(): Promise<void>;
}

export interface MetaWriterOptions {
  /** The time the oldest article write under way began (Infinity when none): an entry's `at` is never later. */
  oldestWriteInFlight?: () => number;
  /** The journal is folded into db.json once it is this many bytes and as large as db.json (so the folding costs O(1) a save, amortised). */
  checkpointBytes?: number;
  /** db.json's size at start. */
  dbBytes?: number;
  /** Gets a checkpoint's error (it is tried again after as many bytes more). */
  onCheckpointError?: (error: unknown) => void;
}

interface Waiter {
  change?: MetaChange;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The default `checkpointBytes`: 1 MiB of journal (≈1,500 saves) before db.json is written whole. */
export const CHECKPOINT_BYTES = 1 << 20;

/**
 * Keeps db.json in memory and queues its changes: each group of changes becomes one journal entry
 * (the rows saved meanwhile, and an accounts or settings change), so a save costs one article
 * document plus a share of one small append, however many articles the store holds. When the
 * journal has grown past the bound, a checkpoint writes db.json whole in the background (in pieces,
 * see dbTextInPieces) and cuts the journal; saves go on meanwhile.
 */
export function createMetaWriter(log: IndexLog, initial: Db, options: MetaWriterOptions = {}): MetaWriter {
  const { oldestWriteInFlight = () => Infinity, checkpointBytes = CHECKPOINT_BYTES, dbBytes = 0, onCheckpointError = () => undefined } = options;
  const { schemaVersion } = initial;
  const ids = initial.articles.map((a) => a.id);
  const rows = new Map(initial.articles.map((a) => [a.id, a]));
  let { users, settings, indexedAt = 0, journalSeq = 0 } = initial;
  let listed: ArticleSummary[] | null = initial.articles;
  let nextCheckpointAt = Math.max(checkpointBytes, dbBytes);
  let checkpointing: Promise<void> | null = null;

  const pending = new Map<string, ArticleSummary>();
  let waiting: Waiter[] = [];
  let running: Promise<void> | null = null;

  const commit = (entry: JournalEntry) => {
    for (const row of entry.rows ?? []) {
      if (!rows.has(row.id)) ids.push(row.id);
      rows.set(row.id, row);
      if (pending.get(row.id) === row) pending.delete(row.id);
    }
    if (entry.rows) listed = null;
    users = entry.users ?? users;
    settings = entry.settings ?? settings;
    ({ seq: journalSeq, at: indexedAt } = entry);
  };
  const snapshot = (): Db => ({ schemaVersion, articles: ids.map((id) => rows.get(id)!), users, settings, indexedAt, journalSeq });
  const checkpointIfDue = () => {
    if (checkpointing || log.size() < nextCheckpointAt) return;
    const db = snapshot();
    checkpointing = log
      .checkpoint(db)
      .then(
        (bytes) => void (nextCheckpointAt = Math.max(checkpointBytes, bytes)),
        (error: unknown) => {
          nextCheckpointAt = log.size() + checkpointBytes;
          onCheckpointError(error);
        },
      )
      .finally(() => void (checkpointing = null));
  };
  const flush = async () => {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      const entry: JournalEntry = { seq: journalSeq + 1, at: Math.min(Date.now(), oldestWriteInFlight()) };
      if (pending.size > 0) entry.rows = [...pending.values()];
      for (const { change } of batch) Object.assign(entry, change);
      try {
        await log.append(entry);
      } catch (error) {
        for (const w of batch) w.reject(error);
        continue;
      }
      commit(entry);
      for (const w of batch) w.resolve();
      checkpointIfDue();
    }
    running = null; // in the same turn as the empty check, so no waiter is left behind
  };
  const enqueue = (change?: MetaChange) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ change, resolve, reject });
      running ??= flush();
    });

  return {
    articles: () => (listed ??= ids.map((id) => rows.get(id)!)),
    page(offset, limit, newestFirst) {
      const total = ids.length;
      const [from, to] = newestFirst ? [Math.max(0, total - offset - limit), Math.max(0, total - offset)] : [offset, offset + limit];
      const page = ids.slice(from, to).map((id) => rows.get(id)!);
      return { total, articles: newestFirst ? page.reverse() : page };
    },
    users: () => users,
    settings: () => settings,
    row: (id) => pending.get(id) ?? rows.get(id),
    saveRow(row) {
      pending.set(row.id, row);
      return enqueue();
    },
    write: (change) => enqueue(change),
    idle: async () => {
      while (running || checkpointing) await (running ?? checkpointing);
    },
    fold: async () => {
      if (log.size() > 0) await log.checkpoint(snapshot());
    },
  };
}
