import { readFile } from "node:fs/promises";
import type { Db } from "../schemas/db.ts";
import { parseDb } from "./parse-db.ts";
import { createStore, type Store } from "./store.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";

/**
 * Opens the JSON store file, validating it; creates it from `initial()` when it does not exist.
 * Throws StoreFileError (file untouched) when it is not valid JSON or does not match the schema.
 * Writes are atomic and durable (writeFileAtomic), one at a time: a crash at any moment leaves the
 * last completed write, and `update` resolves only once its write is on disk.
 *
 * One process per store file: two would each overwrite the other's changes.
 */
export async function openFileStore(file: string, initial: () => Db): Promise<Store> {
  const text = await readIfExists(file);
  const db = text === null ? null : parseDb(text, file);
  return createStore({ read: async () => db, write: (next) => writeFileAtomic(file, stringifyDb(next)) }, initial);
}

function stringifyDb(db: Db): string {
  return `${JSON.stringify(db, null, 2)}\n`;
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
