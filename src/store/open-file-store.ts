import { chmod, mkdir, rename } from "node:fs/promises";
import { ArticleSchema } from "../schemas/article.ts";
import { DbSchema, type Db } from "../schemas/db.ts";
import { SnapshotSchema, type Snapshot } from "../schemas/snapshot.ts";
import { createDocumentStore, type Documents } from "./document-store.ts";
import { JsonDocument, readDocumentText, stringifyDocument } from "./json-document.ts";
import { linkBackup } from "./link-backup.ts";
import { parseJournal, replayJournal, type Replayed } from "./index-journal.ts";
import { fileIndexLog } from "./journal-file.ts";
import { countOf, listBackups, type Backup } from "./list-backups.ts";
import { isFormatOne, migrateFormatOne } from "./migrate-store.ts";
import { parseDocument } from "./parse-document.ts";
import { reconcileIndex } from "./reconcile-index.ts";
import { removeStaleTemps, removeStaleTempsIn } from "./remove-stale-temps.ts";
import { rotateBackups } from "./rotate-backups.ts";
import { acquireStoreLock } from "./store-lock.ts";
import type { Store } from "./store.ts";
import { StoreFileError } from "./store-file-error.ts";
import { articleFile, articlesDir, journalFile } from "./store-paths.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";
import { writeSnapshot } from "./write-snapshot.ts";

/** How many backups of each document are kept (`db.json.1` newest … `db.json.3`). */
export const DEFAULT_BACKUPS = 3;
/** Articles kept parsed in memory by default. */
export const DEFAULT_CACHE = 200;

/** Errors of a disk that cannot take writes: the store then opens read-only rather than not at all. */
const READ_ONLY_DISK = new Set(["EROFS"]);
/** Errors of a full disk: the store opens and warns; saves fail (and say why) until there is room. */
const FULL_DISK = new Set(["ENOSPC", "EDQUOT"]);

export interface OpenFileStoreOptions {
  backups?: number;
  cacheSize?: number;
  /** Who takes the store's lock, for the message a second process gets ("the server"). */
  holder?: string;
  /** Gets one line for each thing worth telling the person starting Isnad (a migration, a repair, a read-only disk). */
  notice?: (line: string) => void;
  /** How large the index journal grows (and at least db.json's size) before db.json is written whole (default CHECKPOINT_BYTES). */
  checkpointBytes?: number;
}

/**
 * Opens the store named by `file` (db.json) and its folder of article documents (articlesDir),
 * after taking its lock (StoreLocked if another process holds it). A new store is made from
 * `initial()` when there is neither a db.json nor backups of it; a format-1 db.json is migrated.
 *
 * - db.json is validated whole (it is small: accounts, settings, the index), then its journal
 *   (db.json.journal: the index rows, accounts and settings saved since db.json was written whole)
 *   is replayed onto it; articles are validated when they are read, and those saved since the
 *   index was written are read now (reconcileIndex). A start folds the journal into db.json.
 * - A db.json, a journal or a document that does not load throws StoreFileError with its backups,
 *   and no file is touched (restoreAdvice says what to do).
 * - db.json (with its journal) is kept as backup 1 at each start; each article document is backed
 *   up before this run first replaces it. A disk that refuses the start-up backup does not stop a
 *   good store from opening: read-only when the disk is (`store.readOnly` says so), with a warning
 *   when it is full.
 */
export async function openFileStore(file: string, initial: () => Snapshot | Promise<Snapshot>, options: OpenFileStoreOptions = {}): Promise<Store> {
  const { backups = DEFAULT_BACKUPS, cacheSize = DEFAULT_CACHE, holder = "another Isnad", notice = () => undefined, checkpointBytes } = options;
  const lock = await acquireStoreLock(file, holder);
  try {
    const dir = articlesDir(file);
    const loaded = await loadDb(file, dir, initial, backups, notice);
    const journal = await loadJournal(file, loaded, notice);
    const startText = journal.replayed.applied > 0 ? stringifyDocument(journal.replayed.db) : loaded.text;
    const readOnly = loaded.written ? null : await keepStartBackup(file, startText, backups, notice);
    const reconciled = await reconcileIndex(file, dir, journal.replayed.db, (doc) => listBackups(doc, backups, describeArticle));
    reconciled.notices.forEach(notice);
    let dbBytes = startText.length;
    if (!readOnly) {
      if (journal.replayed.unrelated) await rename(journalFile(file), `${journalFile(file)}.unrelated`);
      if (reconciled.changed || journal.replayed.applied > 0) {
        const text = stringifyDocument(reconciled.db);
        await writeFileAtomic(file, text);
        dbBytes = text.length;
      }
      if (journal.found !== "") await writeFileAtomic(journalFile(file), ""); // after db.json holds what it held
      await chmod(file, 0o600);
      await removeStaleTemps(file);
      await removeStaleTemps(journalFile(file));
      await removeStaleTempsIn(dir);
    }
    const log = fileIndexLog(file, 0);
    const documents = fileDocuments(dir, backups, async () => {
      await log.close();
      await lock.release();
    });
    const onCheckpointError = (error: unknown) =>
      notice(`Could not write ${file} whole (${String(error)}); its journal keeps every change, and it is tried again later.`);
    return createDocumentStore({ ...documents, db: log }, reconciled.db, { cacheSize, readOnly, dbBytes, checkpointBytes, onCheckpointError });
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * db.json's journal, replayed onto it (a new or migrated db.json has none). `found` is the journal's
 * text ("" when there is none). A last line cut short by a stop, or a journal that does not continue
 * this db.json (a restored backup), is said in a notice; the documents saved since repair the index.
 */
async function loadJournal(
  file: string,
  loaded: { db: Db; written: boolean },
  notice: (line: string) => void,
): Promise<{ found: string | null; replayed: Replayed }> {
  const found = await readDocumentText(journalFile(file));
  if (found === null || loaded.written) return { found, replayed: { db: loaded.db, applied: 0, unrelated: false } };
  const { entries, torn } = parseJournal(found, journalFile(file));
  const replayed = replayJournal(loaded.db, entries);
  if (torn) notice(`The last entry of ${journalFile(file)} was cut short (a stop during a save, which was not acknowledged); it was left out.`);
  if (replayed.unrelated)
    notice(
      `${journalFile(file)} does not continue ${file} (was db.json restored from a backup?): it was not applied, and is kept as ${journalFile(file)}.unrelated.`,
    );
  return { found, replayed };
}

/** db.json as found, or created (from `initial`) or migrated (`written`: it needs no start-up backup); a problem we can explain throws StoreFileError listing its backups. */
async function loadDb(
  file: string,
  dir: string,
  initial: () => Snapshot | Promise<Snapshot>,
  keep: number,
  notice: (line: string) => void,
): Promise<{ db: Db; text: string; written: boolean }> {
  try {
    const text = await readDocumentText(file);
    if (text === null) {
      await refuseToReplaceBackedUpStore(file, keep);
      return { ...(await writeSnapshot(file, dir, SnapshotSchema.parse(await initial()))), written: true };
    }
    if (isFormatOne(parseOrNull(text))) return { ...(await migrateFormatOne(file, dir, text, notice)), written: true };
    return { db: parseDocument(text, file, DbSchema), text, written: false };
  } catch (error) {
    if (!(error instanceof StoreFileError) || error.missing) throw error;
    throw new StoreFileError(error.file, error.problem, await listBackups(file, keep, describeDb));
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Keeps db.json as backup 1. A disk that cannot take it does not stop a valid store from starting:
 * read-only disk → returns why saves are disabled; full disk → warns and returns null.
 */
async function keepStartBackup(file: string, text: string, keep: number, notice: (line: string) => void): Promise<string | null> {
  try {
    await rotateBackups(file, text, keep);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (READ_ONLY_DISK.has(code)) {
      notice(`The disk holding ${file} is read-only (${code}): Isnad starts read-only, and saves are disabled until it is writable.`);
      return `the disk holding the store is read-only (${code})`;
    }
    if (FULL_DISK.has(code)) {
      notice(`Warning: no start-up backup of ${file} could be written, the disk is full (${code}). Saves will fail until there is room.`);
      return null;
    }
    throw error;
  }
}

/**
 * A missing store beside its backups was deleted or moved, not never made: starting a new one would
 * bury the reviewers' work under a fresh store and, start after start, rotate the backups away.
 */
async function refuseToReplaceBackedUpStore(file: string, keep: number): Promise<void> {
  const backups = await listBackups(file, keep, describeDb);
  if (backups.length > 0) {
    throw new StoreFileError(
      file,
      "does not exist, but backups of it do (was it moved or deleted?); Isnad will not start a new store over them",
      backups,
      true,
    );
  }
}

/** The article documents of a file store; each is backed up before its first replacement in this run. */
function fileDocuments(dir: string, keep: number, release: () => Promise<void>): Omit<Documents, "db"> {
  const backedUp = new Set<string>();
  const backupOnce = async (docFile: string) => {
    if (backedUp.has(docFile)) return;
    await linkBackup(docFile, keep);
    backedUp.add(docFile);
  };
  let made = false;
  const article = (id: string) =>
    new JsonDocument(articleFile(dir, id), ArticleSchema, async (docFile) => {
      if (!made) await mkdir(dir, { recursive: true, mode: 0o700 });
      made = true;
      await backupOnce(docFile);
    });
  return { article, release };
}

/** What a good db.json backup holds, for restore advice ("3 articles, 2 accounts"); throws StoreFileError for a bad one. */
export function describeDb(text: string, file: string): string {
  const json = parseOrNull(text);
  const db = isFormatOne(json) ? parseDocument(text, file, SnapshotSchema) : parseDocument(text, file, DbSchema);
  return `${countOf(db.articles.length, "article")}, ${countOf(db.users.length, "account")}${isFormatOne(json) ? " (format 1)" : ""}`;
}

/** What a good article backup holds ("19 claims"). */
function describeArticle(text: string, file: string): string {
  return countOf(parseDocument(text, file, ArticleSchema).claims.length, "claim");
}

export type { Backup };
