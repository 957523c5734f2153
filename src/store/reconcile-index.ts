import { readdir, stat } from "node:fs/promises";
import { ArticleSchema, type Article } from "../schemas/article.ts";
import { articleSummary, type ArticleSummary } from "../schemas/article-summary.ts";
import type { Db } from "../schemas/db.ts";
import { JsonDocument } from "./json-document.ts";
import { StoreFileError } from "./store-file-error.ts";
import { articleFile, articleIdOf } from "./store-paths.ts";

/** Documents changed this long before the index was taken are checked too (file times use a coarser clock than Date.now). */
const SLACK_MS = 1000;
/** How many article files are looked at in parallel. */
const PARALLEL = 64;

/** What reconcileIndex found: the index to use, and whether it differs from db.json on disk. */
export interface Reconciled {
  db: Db;
  changed: boolean;
  notices: string[];
}

/**
 * Makes the article index in db.json agree with the article documents in `dir`, after a crash
 * between the two writes of a save or an import (the article document is always written first):
 * - a document not in the index (an import killed before its index write) is adopted;
 * - a document written since the index was taken (`indexedAt`: a save killed before its index
 *   write) refreshes its row;
 * - a row whose document is missing, or a recent document that does not load, throws StoreFileError
 *   (`describeBackups` lists the document's backups for the restore advice): nothing is dropped.
 * A document not in the index that does not load is reported in `notices` and left where it is.
 * Only recent documents are read: start-up does not grow with the size of old articles.
 */
export async function reconcileIndex(
  file: string,
  dir: string,
  db: Db,
  describeBackups: (docFile: string) => Promise<StoreFileError["backups"]>,
): Promise<Reconciled> {
  const onDisk = new Set((await namesIn(dir)).map(articleIdOf).filter((id): id is string => id !== null));
  const missing = db.articles.find((row) => !onDisk.has(row.id));
  if (missing) {
    const docFile = articleFile(dir, missing.id);
    throw new StoreFileError(docFile, `does not exist, but ${file} lists article ${missing.id}`, await describeBackups(docFile), true);
  }
  const since = (db.indexedAt ?? (await stat(file)).mtimeMs) - SLACK_MS;
  const indexed = new Set(db.articles.map((row) => row.id));
  const recent = await filterParallel(db.articles, async (row) => (await stat(articleFile(dir, row.id))).mtimeMs >= since);
  const notices: string[] = [];
  const rows = new Map<string, ArticleSummary>();
  for (const row of recent) {
    const docFile = articleFile(dir, row.id);
    const article = await readArticle(docFile, row.id).catch(async (error: unknown) => {
      if (error instanceof StoreFileError) throw new StoreFileError(error.file, error.problem, await describeBackups(docFile));
      throw error;
    });
    const fresh = articleSummary(article);
    if (JSON.stringify(fresh) !== JSON.stringify(row)) rows.set(row.id, fresh);
  }
  const adopted: ArticleSummary[] = [];
  for (const id of [...onDisk].filter((id) => !indexed.has(id))) {
    const docFile = articleFile(dir, id);
    try {
      adopted.push(articleSummary(await readArticle(docFile, id)));
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error;
      notices.push(`${docFile} is not in the index and does not load (${error.problem}); it was left where it is.`);
    }
  }
  if (rows.size > 0) notices.push(`Refreshed ${rows.size} article index row(s) from documents saved after the index (a stop during a save).`);
  if (adopted.length > 0)
    notices.push(`Adopted ${adopted.length} article document(s) the index did not list (a stop during an import): ${adopted.map((a) => a.id).join(", ")}.`);
  adopted.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  const articles = [...db.articles.map((row) => rows.get(row.id) ?? row), ...adopted];
  return { db: { ...db, articles }, changed: rows.size > 0 || adopted.length > 0, notices };
}

async function readArticle(docFile: string, id: string): Promise<Article> {
  const article = await new JsonDocument(docFile, ArticleSchema).read();
  if (!article) throw new StoreFileError(docFile, "disappeared while the store was starting");
  if (article.id !== id) throw new StoreFileError(docFile, `holds article ${article.id}, not ${id} (was it renamed?)`);
  return article;
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function filterParallel<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < items.length; i += PARALLEL) {
    const batch = items.slice(i, i + PARALLEL);
    const flags = await Promise.all(batch.map(keep));
    batch.forEach((item, j) => flags[j] && kept.push(item));
  }
  return kept;
}
