import type { Article } from "../schemas/article.ts";
import type { ArticleSummary } from "../schemas/article-summary.ts";
import type { Settings } from "../schemas/settings.ts";
import type { User } from "../schemas/user.ts";

/**
 * Where Isnad keeps its data: the one contract every implementation honours (files, memory for
 * tests, a database server), checked by tests/store/store-contract.test.ts.
 *
 * Reads return the last committed data; treat it as read-only. Each `update*` runs `change` on a
 * copy of one document (an article, the accounts, the settings), validates the result, writes it
 * and only then lets reads see it. If `change` throws, or the result is invalid, or the write
 * fails, nothing changes and the error is passed on. Changes to the same document run one at a
 * time, each seeing the one before. Write through the workspace service (src/domain/workspace.ts),
 * which holds the rules; the store only keeps documents.
 */
export interface Store {
  /** Every article's index row (no text, no claims), in import order. */
  listArticles(): Promise<ArticleSummary[]>;
  /**
   * One page of the index: up to `limit` rows from `offset`, in import order or, with `newestFirst`,
   * newest import first; `total` counts every row. Stable while reviews are saved (a save does not
   * move an article), so page links stay valid; a new import shifts the newest-first pages by one.
   */
  listArticlePage(page: ArticlePageRequest): Promise<ArticlePage>;
  /** The article with its claims, reviews and history; undefined when there is none. */
  getArticle(id: string): Promise<Article | undefined>;
  /** Stores a new article; rejects with DuplicateArticle when the id is taken. */
  addArticle(article: Article): Promise<ArticleSummary>;
  /** Changes one article; rejects with NoSuchArticle when there is none. */
  updateArticle<T>(id: string, change: (draft: Article) => T): Promise<T>;
  /** The accounts, in creation order. */
  listUsers(): Promise<User[]>;
  /** The account called `username` (compared as usernameKey), or undefined. */
  findUser(username: string): Promise<User | undefined>;
  /** Changes the accounts (add, change); the result must still have unique names. */
  updateUsers<T>(change: (draft: User[]) => T): Promise<T>;
  getSettings(): Promise<Settings>;
  updateSettings<T>(change: (draft: Settings) => T): Promise<T>;
  /** When saves are refused (read-only disk), why; null when the store can be written. */
  readonly readOnly: string | null;
  /** Waits for pending writes, folds the file store's index journal into db.json, and releases what the store holds (the file lock). */
  close(): Promise<void>;
}

/** Which page of the article index to list (Store.listArticlePage). */
export interface ArticlePageRequest {
  offset: number;
  limit: number;
  newestFirst?: boolean;
}

/** A page of the article index, and how many rows the index has. */
export interface ArticlePage {
  total: number;
  articles: ArticleSummary[];
}

/** updateArticle on an id the store does not have. */
export class NoSuchArticle extends Error {
  constructor(readonly id: string) {
    super(`no article ${id}`);
    this.name = "NoSuchArticle";
  }
}

/** addArticle with an id the store already has. */
export class DuplicateArticle extends Error {
  constructor(readonly id: string) {
    super(`duplicate article id ${id}`);
    this.name = "DuplicateArticle";
  }
}

/** A write to a store opened read-only (the disk refused the start-up backup): `reason` says why. */
export class StoreReadOnly extends Error {
  constructor(readonly reason: string) {
    super(`saves are disabled: ${reason}`);
    this.name = "StoreReadOnly";
  }
}
