import { readFile } from "node:fs/promises";
import type { Db } from "../schemas/db.ts";
import { listBackups } from "./list-backups.ts";
import { parseDb } from "./parse-db.ts";
import { removeStaleTemps } from "./remove-stale-temps.ts";
import { rotateBackups } from "./rotate-backups.ts";
import { createStore, type Store } from "./store.ts";
import { StoreFileError } from "./store-file-error.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";

/** How many backups of a good store are kept (`db.json.1` newest … `db.json.3`). */
export const DEFAULT_BACKUPS = 3;

/**
 * Opens the JSON store file, validating it; creates it from `initial()` when it does not exist and
 * has no backups (a missing store that has backups throws StoreFileError, so nothing is buried).
 *
 * - A store that loads is kept as backup 1 (`file.1`) before anything else; older backups shift up
 *   and `backups` of them are kept.
 * - A store that cannot be read, is not JSON or breaks the schema throws StoreFileError with the
 *   backups found, and no file is touched (restoreAdvice says what to do).
 * - Writes are atomic and durable (writeFileAtomic), one at a time: a crash at any moment leaves the
 *   last completed write, and `update` resolves only once its write is on disk.
 *
 * One process per store file: two would each overwrite the other's changes.
 */
export async function openFileStore(file: string, initial: () => Db, { backups = DEFAULT_BACKUPS } = {}): Promise<Store> {
  let found: { text: string; db: Db } | null;
  try {
    found = await readStoreFile(file);
  } catch (error) {
    if (!(error instanceof StoreFileError)) throw error;
    throw new StoreFileError(error.file, error.problem, await listBackups(file, backups));
  }
  if (!found) await refuseToReplaceBackedUpStore(file, backups);
  if (found) await rotateBackups(file, found.text, backups);
  await removeStaleTemps(file);
  const db = found?.db ?? null;
  return createStore({ read: async () => db, write: (next) => writeFileAtomic(file, stringifyDb(next)) }, initial);
}

/**
 * A missing store beside its backups was deleted or moved, not never made: starting a new one would
 * bury the reviewers' work under a fresh store and, start after start, rotate the backups away.
 */
async function refuseToReplaceBackedUpStore(file: string, keep: number): Promise<void> {
  const backups = await listBackups(file, keep);
  if (backups.length > 0) {
    throw new StoreFileError(file, "does not exist, but backups of it do (was it moved or deleted?); Isnad will not start a new store over them", backups, true);
  }
}

function stringifyDb(db: Db): string {
  return `${JSON.stringify(db, null, 2)}\n`;
}

/** The store file's text and validated data; null when there is no file yet. Read errors we can explain become StoreFileError. */
async function readStoreFile(file: string): Promise<{ text: string; db: Db } | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "EISDIR") throw new StoreFileError(file, "is a directory, not a file");
    if (code === "EACCES" || code === "EPERM") throw new StoreFileError(file, `cannot be read: permission denied (${code})`);
    throw error;
  }
  return { text, db: parseDb(text, file) };
}
