import { DataFile } from "lowdb/node";
import type { Db } from "../schemas/db.ts";
import { parseDb } from "./parse-db.ts";
import { createStore, type Store } from "./store.ts";

/**
 * Opens the JSON store file, validating it; creates it from `initial()` when it does not exist.
 * Throws StoreFileError (file untouched) when it is not valid JSON or does not match the schema.
 * Writes go through lowdb's DataFile, whose writer (steno) writes a temporary file and renames it
 * over the store, so a crash mid-write never leaves half a file.
 */
export function openFileStore(file: string, initial: () => Db): Promise<Store> {
  const adapter = new DataFile<Db>(file, {
    parse: (text) => parseDb(text, file),
    stringify: (db) => `${JSON.stringify(db, null, 2)}\n`,
  });
  return createStore(adapter, initial);
}
