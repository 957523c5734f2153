import type { Adapter } from "lowdb";
import { ArticleSchema, type Article } from "../schemas/article.ts";
import { articleSummary, type ArticleSummary } from "../schemas/article-summary.ts";
import { UsersSchema, type Db } from "../schemas/db.ts";
import { SettingsSchema, type Settings } from "../schemas/settings.ts";
import { usernameKey, type User } from "../schemas/user.ts";
import { createMetaWriter, type IndexLog } from "./meta-writer.ts";
import { DuplicateArticle, NoSuchArticle, StoreReadOnly, type Store } from "./store.ts";

/** The documents a store keeps: db.json (through its index log) and one lowdb document per article. */
export interface Documents {
  db: IndexLog;
  article(id: string): Adapter<Article>;
  /** Releases what the documents hold (a lock); called once by close(). */
  release?(): Promise<void>;
}

export interface DocumentStoreOptions {
  /** Articles kept parsed in memory (least recently used dropped first). */
  cacheSize?: number;
  /** Why saves are refused, or null. */
  readOnly?: string | null;
  /** db.json's size when opened (the index log is folded into it once it has grown as large). */
  dbBytes?: number;
  /** The least the index log grows before it is folded into db.json (MetaWriterOptions). */
  checkpointBytes?: number;
  /** Gets the error of a background write of db.json whole (the journal keeps every change meanwhile). */
  onCheckpointError?: (error: unknown) => void;
}

/**
 * The Store over small documents: db.json (accounts, settings, the article index) and one document
 * per article. `db` is db.json as loaded (and reconciled with the article documents) by the opener.
 *
 * A save changes one document: a copy of it is changed and validated alone (an article, the
 * accounts or the settings, never the whole store), written, then committed to memory. An article
 * save also refreshes its index row (an entry appended to db.json's journal, see createMetaWriter),
 * after the article document is on disk: a crash in between leaves an up-to-date article and a
 * stale row, which the next start repairs (reconcileIndex).
 */
export function createDocumentStore(docs: Documents, db: Db, options: DocumentStoreOptions = {}): Store {
  // Article writes under way, by start time: the index records the oldest, see DbSchema.indexedAt.
  const writing = new Map<symbol, number>();
  const meta = createMetaWriter(docs.db, db, {
    oldestWriteInFlight: () => Math.min(...writing.values()),
    dbBytes: options.dbBytes,
    checkpointBytes: options.checkpointBytes,
    onCheckpointError: options.onCheckpointError,
  });
  const cache = lruCache<Article>(options.cacheSize ?? Infinity);
  const loading = new Map<string, Promise<Article | undefined>>();
  const queues = new Map<string, Promise<unknown>>();
  const adding = new Set<string>();
  const readOnly = options.readOnly ?? null;

  const known = (id: string) => meta.row(id) !== undefined;
  const load = (id: string): Promise<Article | undefined> => {
    const cached = cache.get(id);
    if (cached) return Promise.resolve(cached);
    if (!known(id)) return Promise.resolve(undefined);
    let pending = loading.get(id);
    if (!pending) {
      pending = docs
        .article(id)
        .read()
        .then((article) => {
          if (article) cache.set(id, article);
          return article ?? undefined;
        })
        .finally(() => loading.delete(id));
      loading.set(id, pending);
    }
    return pending;
  };
  /** Runs `job` after every earlier job on the same document key. */
  const serially = <T>(key: string, job: () => Promise<T>): Promise<T> => {
    if (readOnly) return Promise.reject(new StoreReadOnly(readOnly));
    const run = (queues.get(key) ?? Promise.resolve()).then(job);
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => queues.get(key) === settled && queues.delete(key));
    return run;
  };
  const writeArticle = async (next: Article): Promise<ArticleSummary> => {
    const token = Symbol(next.id);
    writing.set(token, Date.now());
    const row = articleSummary(next);
    try {
      await docs.article(next.id).write(next);
      cache.set(next.id, next);
      const saved = meta.saveRow(row); // the row is queued in this turn, so no index is taken without it
      writing.delete(token);
      await saved;
    } finally {
      writing.delete(token);
    }
    return row;
  };

  return {
    get readOnly() {
      return readOnly;
    },
    listArticles: async () => meta.articles(),
    listArticlePage: async ({ offset, limit, newestFirst = false }) => meta.page(offset, limit, newestFirst),
    getArticle: (id) => load(id),
    async addArticle(article) {
      if (known(article.id) || adding.has(article.id)) throw new DuplicateArticle(article.id);
      const next = ArticleSchema.parse(article);
      adding.add(next.id);
      return serially(`article:${next.id}`, () => writeArticle(next)).finally(() => adding.delete(next.id));
    },
    updateArticle(id, change) {
      return serially(`article:${id}`, async () => {
        const current = await load(id);
        if (!current) throw new NoSuchArticle(id);
        const draft = structuredClone(current);
        const result = change(draft);
        await writeArticle(ArticleSchema.parse(draft));
        return result;
      });
    },
    listUsers: async () => meta.users(),
    findUser: async (username) => {
      const key = usernameKey(username);
      return meta.users().find((u) => usernameKey(u.username) === key);
    },
    updateUsers: (change) =>
      serially("users", async () => {
        const draft = structuredClone(meta.users());
        const result = change(draft);
        const users: User[] = UsersSchema.parse(draft);
        await meta.write({ users });
        return result;
      }),
    getSettings: async () => meta.settings(),
    updateSettings: (change) =>
      serially("settings", async () => {
        const draft = structuredClone(meta.settings());
        const result = change(draft);
        const settings: Settings = SettingsSchema.parse(draft);
        await meta.write({ settings });
        return result;
      }),
    async close() {
      while (queues.size > 0) await Promise.all(queues.values());
      await meta.idle();
      if (!readOnly) await meta.fold().catch(options.onCheckpointError ?? (() => undefined)); // the journal keeps everything if this fails
      await docs.release?.();
    },
  };
}

/** A map that keeps at most `size` entries, dropping the least recently used. */
function lruCache<T>(size: number) {
  const entries = new Map<string, T>();
  return {
    get(key: string): T | undefined {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key: string, value: T) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > size) entries.delete(entries.keys().next().value!);
    },
  };
}
