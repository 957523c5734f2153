import type { Snapshot } from "../schemas/snapshot.ts";
import { openFileStore, type OpenFileStoreOptions } from "./open-file-store.ts";
import type { Store } from "./store.ts";

/** Where the store lives: DATABASE_URL when set (PostgreSQL), else the lowdb files named by DB_FILE. */
export interface StoreLocation {
  databaseUrl?: string;
  dbFile: string;
}

/** A short name for where the store is, for start-up lines (the database URL without its password). */
export function describeLocation(location: StoreLocation): string {
  if (!location.databaseUrl) return location.dbFile;
  const url = new URL(location.databaseUrl);
  url.password = url.password ? "***" : "";
  return `PostgreSQL ${url.toString()}`;
}

/**
 * Opens the configured store. A new store starts from `initial()`. PostgreSQL takes no file lock:
 * many instances and the commands share it safely, each change being one transaction.
 */
export async function openStore(location: StoreLocation, initial: () => Snapshot | Promise<Snapshot>, options: OpenFileStoreOptions = {}): Promise<Store> {
  // pg is loaded only for a PostgreSQL store: a file store's start does not pay for it.
  if (location.databaseUrl) return (await import("./postgres/postgres-store.ts")).openPostgresStore(location.databaseUrl, { seed: initial });
  return openFileStore(location.dbFile, initial, options);
}
